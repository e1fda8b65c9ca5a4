package nl.regie.linking;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180): fields separated by a comma or a semicolon, quoted fields may hold the
 * separator, doubled quotes and line breaks. Each record keeps the line on which it starts, so a report can point
 * the consultant to the right line of their own file. Pure; no Spring.
 */
final class CsvRecords {

    /** One record as read; {@code problem} is set when the quoting is broken (the fields are then unreliable). */
    record CsvRecord(int line, List<String> fields, String problem) {
    }

    private CsvRecords() {
    }

    /**
     * The separator of the file, taken from its first line: a semicolon when it holds more semicolons than commas
     * outside quotes (Dutch Excel saves "CSV" with semicolons), otherwise a comma.
     */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** All records of the text, blank lines left out. */
    static List<CsvRecord> read(String text, char separator) {
        List<CsvRecord> records = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String problem = null;
            boolean endOfRecord = false;
            boolean fieldWasQuoted = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i);
                if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                    // A quoted field: read up to the closing quote, keeping separators and line breaks.
                    fieldWasQuoted = true;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (q == '\r' || q == '\n') {
                            line++;
                            if (q == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                                field.append('\n');
                                i += 2;
                                continue;
                            }
                            field.append('\n');
                            i++;
                            continue;
                        }
                        field.append(q);
                        i++;
                    }
                    if (!closed) {
                        problem = "Het aanhalingsteken dat op deze regel een veld opent, wordt nergens gesloten; "
                                + "de rest van het bestand is daardoor als één veld gelezen.";
                    }
                    continue;
                }
                if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                } else {
                    if (fieldWasQuoted && problem == null && !Character.isWhitespace(c)) {
                        problem = "Na een afsluitend aanhalingsteken mag alleen een scheidingsteken of het einde van "
                                + "de regel volgen; zet aanhalingstekens binnen een veld dubbel (\"\").";
                    }
                    if (!fieldWasQuoted || !Character.isWhitespace(c)) {
                        field.append(c);
                    }
                    i++;
                }
            }
            fields.add(field.toString());
            boolean blank = problem == null && fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                records.add(new CsvRecord(startLine, List.copyOf(fields), problem));
            }
        }
        return records;
    }
}
