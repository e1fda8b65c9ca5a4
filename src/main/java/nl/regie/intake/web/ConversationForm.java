package nl.regie.intake.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regie.intake.ConversationKind;
import nl.regie.intake.LifeDomain;
import nl.regie.intake.NewConversation;
import nl.regie.shared.DutchDates;

/** The conversation form exactly as typed, so a refused form comes back with everything entered. */
public class ConversationForm {

    private String heldOn;
    private String kind;
    private String interpreterUsed;
    private String interpreterLanguage;
    private String participants;
    private List<String> domainsDiscussed = new ArrayList<>();
    private String notes;

    NewConversation toNew(Map<String, String> errors) {
        LocalDate date = DutchDates.parse(heldOn, "heldOn", errors);
        ConversationKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = ConversationKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", "Kies het soort gesprek.");
            }
        }
        Boolean interpreter = "true".equals(interpreterUsed) ? Boolean.TRUE : "false".equals(interpreterUsed) ? Boolean.FALSE : null;
        Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
        for (String d : domainsDiscussed == null ? List.<String>of() : domainsDiscussed) {
            try {
                domains.add(LifeDomain.valueOf(d));
            } catch (IllegalArgumentException e) {
                errors.put("domainsDiscussed", "Onbekend leefgebied '" + d + "'.");
            }
        }
        return new NewConversation(date, k, interpreter, interpreterLanguage, participants, domains, notes);
    }

    public boolean discussed(LifeDomain d) {
        return domainsDiscussed != null && domainsDiscussed.contains(d.name());
    }

    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String v) { heldOn = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getInterpreterUsed() { return interpreterUsed; }
    public void setInterpreterUsed(String v) { interpreterUsed = v; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public void setInterpreterLanguage(String v) { interpreterLanguage = v; }
    public String getParticipants() { return participants; }
    public void setParticipants(String v) { participants = v; }
    public List<String> getDomainsDiscussed() { return domainsDiscussed; }
    public void setDomainsDiscussed(List<String> v) { domainsDiscussed = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
