package nl.regie.completion.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.regie.completion.CompletionInput;
import nl.regie.completion.ExamLevel;
import nl.regie.completion.ExamPart;
import nl.regie.completion.ExamPartResult;
import nl.regie.dossier.CompletionType;
import nl.regie.rules.LearningRoute;
import nl.regie.shared.DutchDates;

/** The completion form exactly as typed, so a refused form comes back with everything entered. */
public class CompletionForm {

    private String outcome;
    private String completedOn;
    private String learningRoute;
    private String reading;
    private String listening;
    private String writing;
    private String speaking;
    private boolean knm;
    private String finalInterviewOn;
    private String programmeProvider;
    private String duoDecisionOn;
    private String duoReference;
    private String remarks;
    private Long version;

    /** Converts the text; typing errors go into {@code errors}, the service checks the rest. */
    CompletionInput toInput(Map<String, String> errors) {
        CompletionType type = Choices.parse(CompletionType.class, outcome, "outcome", "Kies hoe de inburgering is afgerond.", errors);
        LearningRoute route = Choices.parse(LearningRoute.class, learningRoute, "learningRoute", "Kies de leerroute.", errors);
        LocalDate done = DutchDates.parse(completedOn, "completedOn", errors);
        LocalDate interview = DutchDates.parse(finalInterviewOn, "finalInterviewOn", errors);
        LocalDate decided = DutchDates.parse(duoDecisionOn, "duoDecisionOn", errors);
        List<ExamPartResult> parts = new ArrayList<>();
        String[] levels = {reading, listening, writing, speaking};
        ExamPart[] languageParts = {ExamPart.READING, ExamPart.LISTENING, ExamPart.WRITING, ExamPart.SPEAKING};
        for (int i = 0; i < levels.length; i++) {
            ExamLevel level = Choices.parse(ExamLevel.class, levels[i], languageParts[i].field(),
                    "Kies het niveau van " + languageParts[i].dutch() + ".", errors);
            if (level != null) {
                parts.add(new ExamPartResult(languageParts[i], level));
            }
        }
        if (knm) {
            parts.add(new ExamPartResult(ExamPart.KNM, null));
        }
        return new CompletionInput(type, done, route, parts, interview, programmeProvider, decided, duoReference, remarks);
    }

    /** The level chosen for a language part, for the template. */
    public String level(ExamPart part) {
        return switch (part) {
            case READING -> reading;
            case LISTENING -> listening;
            case WRITING -> writing;
            case SPEAKING -> speaking;
            case KNM -> null;
        };
    }

    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getCompletedOn() { return completedOn; }
    public void setCompletedOn(String v) { completedOn = v; }
    public String getLearningRoute() { return learningRoute; }
    public void setLearningRoute(String v) { learningRoute = v; }
    public String getReading() { return reading; }
    public void setReading(String v) { reading = v; }
    public String getListening() { return listening; }
    public void setListening(String v) { listening = v; }
    public String getWriting() { return writing; }
    public void setWriting(String v) { writing = v; }
    public String getSpeaking() { return speaking; }
    public void setSpeaking(String v) { speaking = v; }
    public boolean isKnm() { return knm; }
    public void setKnm(boolean v) { knm = v; }
    public String getFinalInterviewOn() { return finalInterviewOn; }
    public void setFinalInterviewOn(String v) { finalInterviewOn = v; }
    public String getProgrammeProvider() { return programmeProvider; }
    public void setProgrammeProvider(String v) { programmeProvider = v; }
    public String getDuoDecisionOn() { return duoDecisionOn; }
    public void setDuoDecisionOn(String v) { duoDecisionOn = v; }
    public String getDuoReference() { return duoReference; }
    public void setDuoReference(String v) { duoReference = v; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String v) { remarks = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
