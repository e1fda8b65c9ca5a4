package nl.regie.linking;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one record: {@code record} counts the records of the file from 1, {@code line} is the line of the
 * file on which it starts. {@code dossierId} is set for an imported record; {@code reasons} are the Dutch reasons
 * of a rejection (or where an already imported BSN was seen).
 */
public record ImportLine(int record, int line, ImportOutcome outcome, UUID dossierId, List<String> reasons) {
}
