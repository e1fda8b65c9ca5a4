package nl.regie.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.regie.shared.ContactLanguage;

/** A recorded conversation of the brede intake (gesprek). Recorded once, never changed. */
public record Conversation(long id, LocalDate heldOn, ConversationKind kind, boolean interpreterUsed,
                           String interpreterLanguage, String participants, List<LifeDomain> domainsDiscussed,
                           String notes, String recordedBy, Instant recordedAt) {

    public String interpreterDutch() {
        return interpreterUsed ? "Ja, " + ContactLanguage.dutchName(interpreterLanguage) : "Nee";
    }
}
