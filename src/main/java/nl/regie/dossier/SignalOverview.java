package nl.regie.dossier;

import java.util.List;
import java.util.UUID;

/** The team lead's view of open signals in the municipality: per consultant, and the most urgent ones. */
public record SignalOverview(List<PerConsultant> perConsultant, List<OpenSignal> mostUrgent) {

    public record PerConsultant(String consultantUsername, String consultantName, int passed, int dueSoon, int other) {
    }

    public record OpenSignal(UUID dossierId, String dossierName, String consultantName, Signal signal) {
    }
}
