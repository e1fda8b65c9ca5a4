package nl.regie.linking;

import java.util.Map;

import nl.regie.dossier.NewDossier;

/**
 * A record ready to import: the dossier it describes and what was already found wrong with it while reading
 * (typing errors such as a date that does not exist, or a record of the wrong shape), keyed by field.
 * When {@code unreadable}, the dossier's fields are not what the file meant and only {@code problems} count.
 */
record ImportRecord(int number, int line, NewDossier dossier, Map<String, String> problems, boolean unreadable) {

    /** The BSN as written, trimmed; {@code null} when empty. */
    String bsn() {
        return dossier.bsn();
    }
}
