package nl.regie.dossier;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a dossier's timeline: who did what, when, and why. Never changed after it is written. */
public record TimelineEvent(long id, Instant occurredAt, String actor, EventType type, LocalDate eventDate,
                            String summary, String reason) {

    public enum EventType {
        DOSSIER_CREATED("Dossier aangemaakt"),
        STEP_RECORDED("Stap vastgelegd"),
        CONSULTANT_ASSIGNED("Consulent toegewezen"),
        FACTS_RECORDED("Feiten vastgelegd"),
        PROGRESS_MEETING_HELD("Voortgangsgesprek"),
        PLAN_DRAFTED("PIP-concept"),
        PLAN_ESTABLISHED("PIP vastgesteld"),
        PLAN_ACKNOWLEDGED("PIP ondertekend");

        private final String dutch;

        EventType(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }
}
