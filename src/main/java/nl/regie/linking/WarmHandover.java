package nl.regie.linking;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The warme overdracht of a dossier (klantreis step 2): the meeting in the AZC where the COA hands the newcomer over
 * to the municipality, so the newcomer does not have to tell their story twice (seed 004). Planned first, then
 * recorded as held with who was there, the language spoken, the interpreter, a summary and first agreements.
 */
public record WarmHandover(UUID dossierId, LocalDate plannedOn, String plannedLocation, Set<Participant> participants,
                           String otherParticipants, String interpreterLanguage, String conversationLanguage,
                           LocalDate heldOn, String summary, String agreements, long version, String updatedBy) {

    public boolean held() {
        return heldOn != null;
    }

    public String conversationLanguageDutch() {
        return conversationLanguage == null ? null : nl.regie.shared.ContactLanguage.dutchName(conversationLanguage);
    }

    public String interpreterLanguageDutch() {
        return interpreterLanguage == null ? null : nl.regie.shared.ContactLanguage.dutchName(interpreterLanguage);
    }

    /** Who takes part; the newcomer always, an interpreter when the newcomer needs one. */
    public enum Participant {
        NEWCOMER("Statushouder"),
        PARTNER("Partner of gezinsleden"),
        COA("COA-medewerker"),
        CONSULTANT("Consulent van de gemeente"),
        SOCIAL_GUIDANCE("Maatschappelijk begeleider"),
        INTERPRETER("Tolk");

        private final String dutch;

        Participant(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }
}
