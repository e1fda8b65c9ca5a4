package nl.regie.intake;

import java.time.LocalDate;
import java.util.Set;

/**
 * A conversation of the brede intake to record: when, what kind, whether an interpreter took part and in which
 * language (ISO 639-1), who took part (free text: e.g. "inburgeraar, partner, tolk, consulent, cultuurverbinder"),
 * which leefgebieden were discussed, and short notes (no health details: those belong in the shielded leefgebieden).
 */
public record NewConversation(LocalDate heldOn, ConversationKind kind, Boolean interpreterUsed, String interpreterLanguage,
                              String participants, Set<LifeDomain> domainsDiscussed, String notes) {
}
