package nl.regie.intake;

/**
 * The kinds of conversation a brede intake consists of: it is a series of conversations, not one form (domain
 * brief; seed 004 bijlage 3 deel 1 and 2), preferably started in the AZC (seed 004).
 */
public enum ConversationKind {
    INTAKE_CONVERSATION("Intakegesprek"),
    AZC_CONVERSATION("Gesprek in het AZC"),
    HOME_VISIT("Huisbezoek"),
    LEARNABILITY_DEBRIEF("Nabespreking leerbaarheidstoets"),
    HOUSEHOLD_CONVERSATION("Gesprek met het huishouden"),
    OTHER("Ander gesprek");

    private final String dutch;

    ConversationKind(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
