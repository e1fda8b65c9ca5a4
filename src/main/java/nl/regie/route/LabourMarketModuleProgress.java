package nl.regie.route;

import java.time.LocalDate;

/**
 * Module Arbeidsmarkt en Participatie (MAP, Bi art. 3.2; B1- and Z-route only): the practical part done and the
 * module completed. Its hours are the MAP hour records. {@code version} is 0 before anything was recorded.
 */
public record LabourMarketModuleProgress(LocalDate practicalDoneOn, LocalDate completedOn, long version, boolean recorded) {

    static final LabourMarketModuleProgress NONE = new LabourMarketModuleProgress(null, null, 0, false);

    public boolean completed() {
        return completedOn != null;
    }
}
