package nl.regie.completion.web;

import java.util.Map;

import nl.regie.completion.ClosureInput;
import nl.regie.dossier.ClosureReason;
import nl.regie.shared.DutchDates;

/** The closure form as typed. */
public class ClosureForm {

    private String closureReason;
    private String closedOn;
    private String explanation;
    private Long version;

    ClosureInput toInput(Map<String, String> errors) {
        return new ClosureInput(
                Choices.parse(ClosureReason.class, closureReason, "closureReason", "Kies een reden om het dossier te sluiten.", errors),
                DutchDates.parse(closedOn, "closedOn", errors), explanation);
    }

    public String getClosureReason() { return closureReason; }
    public void setClosureReason(String v) { closureReason = v; }
    public String getClosedOn() { return closedOn; }
    public void setClosedOn(String v) { closedOn = v; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String v) { explanation = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
