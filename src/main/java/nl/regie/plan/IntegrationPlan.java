package nl.regie.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a dossier's PIP. An established version is a decision and never changes. */
public record IntegrationPlan(long id, UUID dossierId, int versionNo, Status status, LocalDate datedOn,
                              PlanContent content, String revisionReason, LocalDate acknowledgedOn,
                              String createdBy, String establishedBy, Instant establishedAt, boolean hasLetter,
                              long version) {

    public enum Status {
        DRAFT("Concept"), ESTABLISHED("Vastgesteld");

        private final String dutch;

        Status(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
