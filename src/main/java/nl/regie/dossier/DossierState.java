package nl.regie.dossier;

/**
 * Where a newcomer's trajectory stands, following the chain of the domain brief (klantreis, steps 1–13).
 * The order of the constants is the order of the chain.
 */
public enum DossierState {
    /** Koppeling: COA linked the permit holder to this municipality (taakstelling). */
    LINKED("Gekoppeld", "Warme overdracht plannen"),
    /** Warme overdracht held in the AZC with COA, consultant and interpreter. */
    WARM_HANDOVER_HELD("Warme overdracht gehouden", "Huisvesting volgen"),
    /** Gehuisvest in the municipality; maatschappelijke begeleiding starts. */
    HOUSED("Gehuisvest", "BRP-inschrijving vastleggen"),
    /** BRP-inschrijving in this municipality: the statutory clocks start (Wi 2021 art. 14, 16). */
    BRP_REGISTERED("Ingeschreven in BRP", "Brede intake starten"),
    /** Brede intake under way (Wi 2021 art. 14). */
    INTAKE_IN_PROGRESS("Brede intake", "PIP opstellen en vaststellen"),
    /** PIP vastgesteld as a beschikking (Wi 2021 art. 15–16). */
    PLAN_ESTABLISHED("PIP vastgesteld", "Start leerroute vastleggen"),
    /** Following the learning route, PVT, MAP and KNM. */
    IN_ROUTE("In leerroute", "Voortgang bewaken tot examen of eindgesprek"),
    /** Afgerond: exam passed, taalschakeltraject completed or Z-route final interview held. */
    COMPLETED("Afgerond", "Nazorg starten"),
    /** Nazorg: contact after completion (seed 003: six months after the exam). */
    AFTERCARE("Nazorg", "Dossier sluiten na nazorg"),
    /** Gesloten, with a reason. No step leads out of this state. */
    CLOSED("Gesloten", null);

    private final String dutch;
    private final String nextAction;

    DossierState(String dutch, String nextAction) {
        this.dutch = dutch;
        this.nextAction = nextAction;
    }

    public String dutch() {
        return dutch;
    }

    /** What the consultant does next in this state, for the worklist; {@code null} for a closed dossier. */
    public String nextAction() {
        return nextAction;
    }
}
