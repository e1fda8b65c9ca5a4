package nl.regie.completion;

/**
 * Where a notice to DUO stands. Only the first status exists yet: the real channel (DUO's Portaal Inburgering or
 * its successor) is not connected, so a notice is produced, stored and downloadable, waiting to be sent.
 */
public enum NoticeStatus {
    READY_TO_SEND("Klaar voor verzending");

    private final String dutch;

    NoticeStatus(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
