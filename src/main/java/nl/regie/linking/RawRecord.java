package nl.regie.linking;

import java.util.List;
import java.util.Map;

/**
 * One klantprofiel as read from a file, still as text: the same shape for CSV and JSON, so both formats are
 * checked by one {@link RecordMapper}. {@code number} counts records from 1; {@code line} is where the record
 * starts in the file. {@code problems} holds what the reader found (key → Dutch message); {@code unreadable}
 * says the values themselves cannot be trusted (broken quoting, wrong number of fields, not an object), so only
 * those problems are reported and not a list of follow-on errors.
 */
record RawRecord(int number, int line, Map<String, String> values, List<Member> household, Map<String, String> problems,
                 boolean unreadable) {

    /** A household member as written in the file. */
    record Member(String relationship, String name, String birthDate) {
    }
}
