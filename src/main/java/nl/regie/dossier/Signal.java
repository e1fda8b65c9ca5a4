package nl.regie.dossier;

import java.time.LocalDate;

import nl.regie.rules.DeadlineCode;

/**
 * Something about a dossier that needs attention, with how urgent it is. {@code severity}: 3 = a deadline has
 * passed, 2 = due soon or overdue follow-up, 1 = for information.
 */
public record Signal(String key, Kind kind, DeadlineCode deadlineCode, LocalDate dueDate, int severity, String message) {

    public enum Kind {
        DEADLINE_APPROACHING("Termijn nadert"),
        DEADLINE_PASSED("Termijn verstreken"),
        PROGRESS_MEETING_OVERDUE("Voortgangsgesprek over datum"),
        ROUTE_SWITCH_WINDOW_CLOSING("Schakelen bijna niet meer mogelijk"),
        FINANCIAL_RELIEF_ENDING("Ontzorgen loopt af"),
        AFTERCARE_CONTACT_DUE("Nazorgcontact"),
        PROGRESS_MEETING_NO_SHOW("Niet verschenen");

        private final String dutch;

        Kind(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }
}
