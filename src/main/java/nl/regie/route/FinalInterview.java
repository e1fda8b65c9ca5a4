package nl.regie.route;

import java.time.LocalDate;

/** Eindgesprek that ends the Z-route (Bi art. 3.14): when, the outcome and a summary. */
public record FinalInterview(long id, LocalDate heldOn, Outcome outcome, String summary, String recordedBy) {

    public enum Outcome {
        COMPLETED("Z-route afgerond"),
        NOT_COMPLETED("Nog niet afgerond: vervolgafspraken gemaakt");

        private final String dutch;

        Outcome(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }
}
