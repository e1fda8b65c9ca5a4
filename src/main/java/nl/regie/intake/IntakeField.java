package nl.regie.intake;

import java.util.Arrays;
import java.util.List;

/**
 * One question of a leefgebied's form: its name on the form and in storage, Dutch label and help text, and what
 * counts as a valid answer. Answers are stored as text (a choice as its code, a number as digits).
 */
public record IntakeField(String name, String label, String help, Kind kind, int maxLength, int min, int max,
                          List<Option> options, String invalidChoiceMessage) {

    public enum Kind { TEXT, LONG_TEXT, NUMBER, CHOICE }

    /** A possible answer of a choice: the stored code and what the consultant reads. */
    public record Option(String code, String dutch) {
    }

    static final List<Option> YES_NO_UNKNOWN = List.of(new Option("YES", "Ja"), new Option("NO", "Nee"),
            new Option("UNKNOWN", "Onbekend"));
    static final List<Option> YES_PARTLY_NO_UNKNOWN = List.of(new Option("YES", "Ja"), new Option("PARTLY", "Gedeeltelijk"),
            new Option("NO", "Nee"), new Option("UNKNOWN", "Onbekend"));

    static IntakeField text(String name, String label, int maxLength, String help) {
        return new IntakeField(name, label, help, Kind.TEXT, maxLength, 0, 0, List.of(), null);
    }

    static IntakeField longText(String name, String label, int maxLength, String help) {
        return new IntakeField(name, label, help, Kind.LONG_TEXT, maxLength, 0, 0, List.of(), null);
    }

    static IntakeField number(String name, String label, int min, int max, String help) {
        return new IntakeField(name, label, help, Kind.NUMBER, 0, min, max, List.of(), null);
    }

    static IntakeField choice(String name, String label, List<Option> options, String help) {
        return new IntakeField(name, label, help, Kind.CHOICE, 0, 0, 0, List.copyOf(options), null);
    }

    static IntakeField findings() {
        return longText("findings", "Bevindingen", 4000, null);
    }

    /** The ZRM score of one domain, 1–5, or left empty when not (yet) scored. */
    static IntakeField zrm(ZrmDomain domain) {
        return new IntakeField(domain.fieldName(), "ZRM " + domain.dutch(), null, Kind.CHOICE, 0, 1, 5,
                Arrays.stream(ZrmScore.values()).map(s -> new Option(String.valueOf(s.value()), s.value() + " – " + s.dutch())).toList(),
                ZrmScore.OUT_OF_RANGE);
    }

    /** A language skill on the CEFR scale, lower than A1 up to C2, or unknown. */
    static IntakeField cefr(String name, String label) {
        return new IntakeField(name, label, null, Kind.CHOICE, 0, 0, 0,
                Arrays.stream(CefrLevel.values()).map(l -> new Option(l.name(), l.dutch())).toList(),
                "Kies een taalniveau: lager dan A1, A1 tot en met C2, of onbekend.");
    }

    /** What the consultant reads for a stored answer: a choice's Dutch text, otherwise the text itself. */
    public String show(String stored) {
        if (stored == null) {
            return "";
        }
        if (kind == Kind.CHOICE) {
            return options.stream().filter(o -> o.code().equals(stored)).map(Option::dutch).findFirst().orElse(stored);
        }
        return stored;
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    public boolean isLongText() {
        return kind == Kind.LONG_TEXT;
    }
}
