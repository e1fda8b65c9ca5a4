package nl.regie.dossier;

/**
 * Where a newcomer's trajectory stands, following the chain of the domain brief (klantreis, steps 1–13).
 * The order of the constants is the order of the chain.
 */
public enum DossierState {
    /** Koppeling: COA linked the permit holder to this municipality (taakstelling). */
    LINKED("Gekoppeld"),
    /** Warme overdracht held in the AZC with COA, consultant and interpreter. */
    WARM_HANDOVER_HELD("Warme overdracht gehouden"),
    /** Gehuisvest in the municipality; maatschappelijke begeleiding starts. */
    HOUSED("Gehuisvest"),
    /** BRP-inschrijving in this municipality: the statutory clocks start (Wi 2021 art. 14, 16). */
    BRP_REGISTERED("Ingeschreven in BRP"),
    /** Brede intake under way (Wi 2021 art. 14). */
    INTAKE_IN_PROGRESS("Brede intake"),
    /** PIP vastgesteld as a beschikking (Wi 2021 art. 15–16). */
    PLAN_ESTABLISHED("PIP vastgesteld"),
    /** Following the learning route, PVT, MAP and KNM. */
    IN_ROUTE("In leerroute"),
    /** Afgerond: exam passed, taalschakeltraject completed or Z-route final interview held. */
    COMPLETED("Afgerond"),
    /** Nazorg: contact after completion (seed 003: six months after the exam). */
    AFTERCARE("Nazorg"),
    /** Gesloten, with a reason. No step leads out of this state. */
    CLOSED("Gesloten");

    private final String dutch;

    DossierState(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
