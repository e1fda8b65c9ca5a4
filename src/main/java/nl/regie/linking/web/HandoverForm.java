package nl.regie.linking.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regie.linking.WarmHandover;
import nl.regie.linking.WarmHandovers;
import nl.regie.shared.DutchDates;

/** The two forms of the warm-handover page, as typed: a refused form comes back exactly as it was filled in. */
public class HandoverForm {

    private String plannedOn;
    private String location;
    private List<String> participants = new ArrayList<>();
    private String otherParticipants;
    private String interpreterLanguage;
    private String heldOn;
    private String conversationLanguage;
    private String summary;
    private String agreements;
    private Long version;

    WarmHandovers.Plan toPlan(Map<String, String> errors) {
        return new WarmHandovers.Plan(DutchDates.parse(plannedOn, "plannedOn", errors), location, participants(errors),
                otherParticipants, interpreterLanguage);
    }

    WarmHandovers.Report toReport(Map<String, String> errors) {
        return new WarmHandovers.Report(DutchDates.parse(heldOn, "heldOn", errors), participants(errors), otherParticipants,
                interpreterLanguage, conversationLanguage, summary, agreements);
    }

    private Set<WarmHandover.Participant> participants(Map<String, String> errors) {
        Set<WarmHandover.Participant> set = EnumSet.noneOf(WarmHandover.Participant.class);
        for (String p : participants) {
            try {
                set.add(WarmHandover.Participant.valueOf(p));
            } catch (IllegalArgumentException e) {
                errors.put("participants", "Onbekende deelnemer; kies uit de lijst.");
            }
        }
        return set;
    }

    public boolean has(String participant) {
        return participants.contains(participant);
    }

    public String getPlannedOn() { return plannedOn; }
    public void setPlannedOn(String v) { plannedOn = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public List<String> getParticipants() { return participants; }
    public void setParticipants(List<String> v) { participants = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getOtherParticipants() { return otherParticipants; }
    public void setOtherParticipants(String v) { otherParticipants = v; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public void setInterpreterLanguage(String v) { interpreterLanguage = v; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String v) { heldOn = v; }
    public String getConversationLanguage() { return conversationLanguage; }
    public void setConversationLanguage(String v) { conversationLanguage = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getAgreements() { return agreements; }
    public void setAgreements(String v) { agreements = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
