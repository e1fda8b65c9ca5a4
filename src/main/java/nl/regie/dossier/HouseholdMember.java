package nl.regie.dossier;

import java.time.LocalDate;

/** A member of the newcomer's household (huishouden): partner, child or other. */
public record HouseholdMember(Relationship relationship, String name, LocalDate birthDate) {

    public enum Relationship {
        PARTNER("Partner"), CHILD("Kind"), OTHER("Overig");

        private final String dutch;

        Relationship(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }
}
