package nl.regie.completion.web;

import java.util.Map;

import nl.regie.completion.AftercareInput;
import nl.regie.completion.ParticipationOutcome;
import nl.regie.shared.DutchDates;

/** The aftercare form as typed. */
public class AftercareForm {

    private String contactedOn;
    private String participation;
    private String aftercareRemarks;
    private Long version;

    AftercareInput toInput(Map<String, String> errors) {
        return new AftercareInput(DutchDates.parse(contactedOn, "contactedOn", errors),
                Choices.parse(ParticipationOutcome.class, participation, "participation", "Kies hoe de inburgeraar nu meedoet.", errors),
                aftercareRemarks);
    }

    public String getContactedOn() { return contactedOn; }
    public void setContactedOn(String v) { contactedOn = v; }
    public String getParticipation() { return participation; }
    public void setParticipation(String v) { participation = v; }
    public String getAftercareRemarks() { return aftercareRemarks; }
    public void setAftercareRemarks(String v) { aftercareRemarks = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
