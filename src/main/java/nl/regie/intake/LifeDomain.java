package nl.regie.intake;

import static nl.regie.intake.IntakeField.choice;
import static nl.regie.intake.IntakeField.cefr;
import static nl.regie.intake.IntakeField.findings;
import static nl.regie.intake.IntakeField.longText;
import static nl.regie.intake.IntakeField.number;
import static nl.regie.intake.IntakeField.text;
import static nl.regie.intake.IntakeField.zrm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.regie.intake.IntakeField.Option;

/**
 * Leefgebied of the brede intake (Wi 2021 art. 14). The list and its two parts follow seed 004 bijlage 3 (deel 1:
 * kennismaking and the leefgebieden of daily life; deel 2: leerbaarheid, opleiding, praktische competenties), the
 * details of each follow the PIP contents of bijlage 4 (gezinssamenstelling, gezinshereniging, financiën met
 * inkomsten en schulden, medische behandeling, verslaving, diplomawaardering, wensberoep, …). Kinderopvang is a
 * leefgebied of its own because partners who both follow a route need it (domain brief, seed 000); taalniveau
 * belongs with the learning questions of deel 2.
 *
 * <p>Each leefgebied is saved on its own and every save is a new version. Fysieke and mentale gezondheid hold
 * data concerning health (AVG art. 9) and are {@link #specialCategory()}.
 */
public enum LifeDomain {
    FAMILY("Gezinssituatie", "gezinssituatie", 1, false,
            longText("composition", "Gezinssamenstelling", 1000, "Partner, kinderen, wie woont waar."),
            choice("familyReunification", "Gezinshereniging", List.of(new Option("NOT_APPLICABLE", "Niet van toepassing"),
                    new Option("EXPECTED", "Aangevraagd of verwacht"), new Option("REUNITED", "Gezin herenigd"),
                    new Option("UNKNOWN", "Onbekend")), null),
            longText("housing", "Woonsituatie", 1000, null),
            findings()),
    CHILDCARE("Kinderopvang", "kinderopvang", 1, false,
            choice("need", "Behoefte aan kinderopvang", Arrays.stream(ChildcareNeed.values())
                    .map(n -> new Option(n.name(), n.dutch())).toList(), "Nodig om lessen, werk of vrijwilligerswerk te kunnen volgen."),
            number("children", "Aantal kinderen dat opvang nodig heeft", 0, 15, null),
            text("when", "Wanneer nodig", 500, "Dagen of dagdelen, bijvoorbeeld maandag- en woensdagochtend."),
            findings()),
    PHYSICAL_HEALTH("Fysieke gezondheid", "fysieke-gezondheid", 1, true,
            longText("condition", "Lichamelijke gezondheid en functioneren", 2000, null),
            choice("treatment", "Sprake van medische behandeling", IntakeField.YES_NO_UNKNOWN, null),
            longText("consequences", "Gevolgen voor leren, werken en participeren", 2000, null),
            zrm(ZrmDomain.PHYSICAL_HEALTH),
            findings()),
    MENTAL_HEALTH("Mentale gezondheid", "mentale-gezondheid", 1, true,
            longText("condition", "Psychische klachten of beperkingen", 2000, null),
            choice("treatment", "Sprake van medische behandeling", IntakeField.YES_NO_UNKNOWN, null),
            longText("addiction", "Verslaving", 1000, null),
            longText("consequences", "Gevolgen voor leren, werken en participeren", 2000, null),
            zrm(ZrmDomain.MENTAL_HEALTH),
            zrm(ZrmDomain.ADDICTION),
            findings()),
    SOCIAL_NETWORK("Sociaal netwerk", "sociaal-netwerk", 1, false,
            longText("contacts", "Contacten en familie in Nederland", 1000, null),
            longText("leisure", "Daginvulling en vrije tijd", 1000, "Sport, vereniging, buurt- en buurthuisactiviteiten."),
            findings()),
    FINANCES("Financiën", "financien", 1, false,
            choice("income", "Inkomsten", List.of(new Option("BENEFIT", "Bijstand"), new Option("WORK", "Inkomen uit werk"),
                    new Option("PARTNER", "Inkomen van partner"), new Option("NONE", "Geen inkomen"),
                    new Option("OTHER", "Anders"), new Option("UNKNOWN", "Onbekend")), null),
            choice("debts", "Schulden", IntakeField.YES_NO_UNKNOWN, null),
            longText("details", "Toelichting op inkomsten en schulden", 1000, null),
            findings()),
    WORK_EXPERIENCE("Werkervaring", "werkervaring", 1, false,
            longText("occupations", "Beroepen en functies", 2000, "Wat, waar (land van herkomst, Nederland) en hoe lang."),
            number("years", "Jaren werkervaring", 0, 60, null),
            findings()),
    VOLUNTEERING("Vrijwilligerswerk", "vrijwilligerswerk", 1, false,
            longText("experience", "Vrijwilligerswerk nu of eerder", 1000, null),
            choice("willing", "Wil vrijwilligerswerk doen", IntakeField.YES_NO_UNKNOWN, null),
            findings()),
    EMPLOYEE_SKILLS("Werknemersvaardigheden", "werknemersvaardigheden", 1, false,
            longText("skills", "Werknemersvaardigheden", 2000, "Op tijd komen, samenwerken, instructies opvolgen, omgaan met kritiek."),
            findings()),
    DIGITAL_SKILLS("Digitale vaardigheden", "digitale-vaardigheden", 1, false,
            choice("level", "Niveau", List.of(new Option("NONE", "Geen"), new Option("BASIC", "Basis: smartphone en apps"),
                    new Option("GOOD", "Goed: computer, e-mail, DigiD"), new Option("UNKNOWN", "Onbekend")), null),
            choice("digid", "Heeft een DigiD", IntakeField.YES_NO_UNKNOWN, null),
            text("devices", "Beschikt over", 500, "Smartphone, laptop, internet thuis."),
            findings()),
    MOTIVATION("Motivatie en interesses", "motivatie", 1, false,
            longText("interests", "Interesses", 1000, null),
            longText("qualities", "Kwaliteiten", 1000, null),
            text("desiredOccupations", "Wensberoep(en)", 500, null),
            longText("motivation", "Motivatie voor inburgering, werk en opleiding", 2000, null),
            findings()),
    SELF_RELIANCE("Mate van zelfredzaamheid", "zelfredzaamheid", 1, false, selfRelianceFields()),
    LEARNABILITY("Leerbaarheid", "leerbaarheid", 2, false,
            choice("literateOwnLanguage", "Gealfabetiseerd in de eigen taal", IntakeField.YES_PARTLY_NO_UNKNOWN, null),
            choice("latinScript", "Leest en schrijft het Latijnse schrift", IntakeField.YES_PARTLY_NO_UNKNOWN, null),
            longText("learningExperience", "Leerervaring en leerstijl", 2000, "Observaties uit de gesprekken; de uitslag van de leerbaarheidstoets staat hierboven."),
            findings()),
    EDUCATION("Opleiding", "opleiding", 2, false,
            choice("level", "Hoogst gevolgde opleiding", List.of(new Option("NONE", "Geen onderwijs"),
                    new Option("PRIMARY", "Basisonderwijs"), new Option("SECONDARY", "Voortgezet onderwijs"),
                    new Option("VOCATIONAL", "Beroepsonderwijs"), new Option("HIGHER", "Hoger onderwijs of universiteit"),
                    new Option("UNKNOWN", "Onbekend")), null),
            number("years", "Aantal jaren onderwijs", 0, 30, null),
            longText("diplomas", "Diploma's en certificaten", 1000, null),
            choice("diplomaValuation", "Diplomawaardering (IDW)", List.of(new Option("NOT_APPLICABLE", "Niet van toepassing"),
                    new Option("TO_REQUEST", "Nog aan te vragen"), new Option("REQUESTED", "Aangevraagd"),
                    new Option("RECEIVED", "Ontvangen")), null),
            longText("wishes", "Opleidingswensen en -mogelijkheden", 1000, null),
            findings()),
    PRACTICAL_COMPETENCES("Praktische competenties en vaardigheden", "praktische-competenties", 2, false,
            longText("competences", "Praktische competenties", 2000, "Vakmanschap, handvaardigheid, ervaring met gereedschap of machines."),
            choice("drivingLicence", "Rijbewijs", List.of(new Option("NONE", "Geen"), new Option("FOREIGN", "Buitenlands rijbewijs"),
                    new Option("DUTCH", "Nederlands rijbewijs"), new Option("UNKNOWN", "Onbekend")), null),
            findings()),
    LANGUAGE("Taalniveau", "taalniveau", 2, false,
            cefr("reading", "Lezen"),
            cefr("listening", "Luisteren"),
            cefr("writing", "Schrijven"),
            cefr("speaking", "Spreken"),
            text("source", "Hoe vastgesteld", 500, "Toets, certificaat of inschatting in het gesprek."),
            text("otherLanguages", "Andere talen die de inburgeraar spreekt", 500, null),
            longText("priorLearning", "Eerdere taallessen en voorinburgering", 1000, "COA-programma, taalles in het land van herkomst of in het AZC."),
            findings());

    private final String dutch;
    private final String slug;
    private final int part;
    private final boolean specialCategory;
    private final List<IntakeField> fields;

    LifeDomain(String dutch, String slug, int part, boolean specialCategory, IntakeField... fields) {
        this.dutch = dutch;
        this.slug = slug;
        this.part = part;
        this.specialCategory = specialCategory;
        this.fields = List.of(fields);
    }

    private static IntakeField[] selfRelianceFields() {
        List<IntakeField> f = new ArrayList<>();
        Arrays.stream(ZrmDomain.values()).filter(z -> !z.specialCategory()).forEach(z -> f.add(zrm(z)));
        f.add(findings());
        return f.toArray(IntakeField[]::new);
    }

    public String dutch() {
        return dutch;
    }

    /** The Dutch path segment: /dossiers/{id}/intake/leefgebied/{slug}. */
    public String slug() {
        return slug;
    }

    /** Deel 1 or deel 2 of the intake (seed 004 bijlage 3). */
    public int part() {
        return part;
    }

    /** Data concerning health (AVG art. 9): only the dossier's consultant and the municipality's team leads. */
    public boolean specialCategory() {
        return specialCategory;
    }

    public List<IntakeField> fields() {
        return fields;
    }

    public Optional<IntakeField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static Optional<LifeDomain> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
