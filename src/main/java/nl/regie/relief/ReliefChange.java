package nl.regie.relief;

import java.time.Instant;
import java.time.LocalDate;

/** An extension or an early end of an arrangement, with its reason; never changed. */
public record ReliefChange(Kind kind, LocalDate previousEnd, LocalDate newEnd, String reason, String recordedBy, Instant recordedAt) {

    public enum Kind {
        EXTENDED("Verlengd"), ENDED_EARLY("Eerder beëindigd");

        private final String dutch;

        Kind(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }
}
