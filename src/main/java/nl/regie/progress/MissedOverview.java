package nl.regie.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A team lead's list of missed voortgangsgesprekken in their municipality: possible breaches first. */
public record MissedOverview(List<Line> lines, int limit) {

    /** One missed meeting; no explanation texts (they may hold personal details and are read on the dossier). */
    public record Line(UUID dossierId, String name, String consultantName, Integer number, LocalDate on,
                       String outcome, boolean possibleBreach) {
    }
}
