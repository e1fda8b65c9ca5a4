package nl.regie.linking;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.regie.shared.RegieProblem;

/**
 * A file offered for import, read completely before anything is written: a file that is too big, not CSV or JSON,
 * not UTF-8 or without the required columns is refused as a whole ({@link RegieProblem.InvalidInput} on the field
 * {@value #FIELD}), so nothing is half done. Problems of single records do not refuse the file; they travel with
 * the record and end up in the report. Pure; no Spring.
 */
final class CoaFile {

    /** The form field of the upload; refusals of the file as a whole are reported on it. */
    static final String FIELD = "bestand";
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    record Parsed(ImportFormat format, List<ImportRecord> records) {
    }

    private CoaFile() {
    }

    static Parsed read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        ImportFormat format = name.endsWith(".csv") ? ImportFormat.CSV : name.endsWith(".json") ? ImportFormat.JSON : null;
        if (format == null) {
            throw refuse("Alleen CSV- en JSON-bestanden kunnen worden ingelezen: de bestandsnaam eindigt op .csv of .json. "
                    + "Sla een Excel-bestand op als 'CSV UTF-8 (door komma's gescheiden)'.");
        }
        if (content.length > MAX_BYTES) {
            throw refuse(tooBig(content.length));
        }
        String text = text(content);
        if (text.isBlank()) {
            throw refuse("Het bestand is leeg.");
        }
        List<RawRecord> raw = format == ImportFormat.CSV ? csv(text) : json(text);
        return new Parsed(format, raw.stream().map(RecordMapper::map).toList());
    }

    static String tooBig(long bytes) {
        return "Het bestand is groter dan 5 MB (nu " + String.format(Locale.forLanguageTag("nl-NL"), "%.1f", bytes / 1048576.0)
                + " MB). Splits het in delen en lees die na elkaar in; wat al is ingelezen, wordt overgeslagen.";
    }

    /** Strict UTF-8 (with or without byte order mark): a wrongly encoded file would silently garble names. */
    private static String text(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            throw refuse("Het bestand is als UTF-16 opgeslagen; sla het op als UTF-8 (in Excel: 'CSV UTF-8').");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw refuse("Het bestand is geen UTF-8-tekst, zodat namen als 'Ayşe' verminkt zouden raken. "
                    + "Sla het op als UTF-8 (in Excel: 'CSV UTF-8') en lees het opnieuw in.");
        }
        if (text.indexOf('\0') >= 0) {
            throw refuse("Dit is geen tekstbestand; lever een CSV- of JSON-bestand aan.");
        }
        return text;
    }

    // ---- CSV ----

    private static List<RawRecord> csv(String text) {
        char separator = CsvRecords.separatorOf(text);
        List<CsvRecords.CsvRecord> rows = CsvRecords.read(text, separator);
        CsvRecords.CsvRecord header = rows.get(0);
        if (header.problem() != null) {
            throw refuse("De kopregel kan niet worden gelezen: " + header.problem());
        }
        List<String> columns = columns(header.fields());
        if (rows.size() == 1) {
            throw refuse("Het bestand heeft alleen een kopregel en geen klantprofielen.");
        }
        List<RawRecord> records = new ArrayList<>(rows.size() - 1);
        for (int r = 1; r < rows.size(); r++) {
            CsvRecords.CsvRecord row = rows.get(r);
            Map<String, String> problems = new LinkedHashMap<>();
            if (row.problem() != null) {
                problems.put(ImportFields.RECORD, row.problem());
            } else if (row.fields().size() != columns.size()) {
                problems.put(ImportFields.RECORD, "Deze regel heeft " + row.fields().size() + " velden, de kopregel "
                        + columns.size() + "; controleer de scheidingstekens (" + separator + ") en de aanhalingstekens.");
            }
            if (!problems.isEmpty()) {
                records.add(new RawRecord(r, row.line(), Map.of(), List.of(), problems, true));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                if (!columns.get(c).isEmpty()) {
                    values.put(columns.get(c), row.fields().get(c));
                }
            }
            List<RawRecord.Member> household = household(values.get(ImportFields.HOUSEHOLD), problems);
            records.add(new RawRecord(r, row.line(), values, household, problems, false));
        }
        return records;
    }

    /**
     * The header's column names, matched without regard to case. Every person column is required and an unknown
     * column refuses the file: a misspelt optional column would otherwise lose its data without anyone noticing.
     * Columns without a name (trailing separators, as spreadsheets write them) are ignored.
     */
    private static List<String> columns(List<String> header) {
        Map<String, String> canonical = new HashMap<>();
        for (String f : ImportFields.PERSON) {
            canonical.put(f.toLowerCase(Locale.ROOT), f);
        }
        for (String f : ImportFields.COA_PROFILE) {
            canonical.put(f.toLowerCase(Locale.ROOT), f);
        }
        canonical.put(ImportFields.HOUSEHOLD.toLowerCase(Locale.ROOT), ImportFields.HOUSEHOLD);
        List<String> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : header) {
            String name = raw.strip();
            if (name.isEmpty()) {
                columns.add("");
                continue;
            }
            String c = canonical.get(name.toLowerCase(Locale.ROOT));
            if (c == null) {
                unknown.add("'" + RecordMapper.abbreviate(name) + "'");
            } else if (columns.contains(c)) {
                throw refuse("De kolom '" + c + "' staat twee keer in de kopregel.");
            }
            columns.add(c == null ? "" : c);
        }
        if (!unknown.isEmpty()) {
            throw refuse("Onbekende " + (unknown.size() == 1 ? "kolom " : "kolommen ") + String.join(", ", unknown)
                    + " in de kopregel. De toegestane kolommen staan in het voorbeeldbestand en in de beschrijving van het formaat.");
        }
        List<String> missing = ImportFields.PERSON.stream().filter(f -> !columns.contains(f)).map(f -> "'" + f + "'").toList();
        if (!missing.isEmpty()) {
            throw refuse((missing.size() == 1 ? "De verplichte kolom " : "De verplichte kolommen ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " ontbreekt" : " ontbreken") + " in de kopregel.");
        }
        return columns;
    }

    /** {@code relatie:naam:geboortedatum}, members separated by {@code |}; neither sign clashes with a separator. */
    static List<RawRecord.Member> household(String cell, Map<String, String> problems) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<RawRecord.Member> members = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            String[] bits = part.split(":", -1);
            if (bits.length < 2 || bits.length > 3) {
                problems.putIfAbsent(ImportFields.HOUSEHOLD, "Schrijf elk gezinslid als relatie:naam:geboortedatum (de "
                        + "geboortedatum mag ontbreken), gezinsleden gescheiden door |; '"
                        + RecordMapper.abbreviate(part.strip()) + "' past daar niet in.");
                continue;
            }
            members.add(new RawRecord.Member(bits[0], bits[1], bits.length == 3 ? bits[2] : null));
        }
        return members;
    }

    // ---- JSON ----

    private static List<RawRecord> json(String text) {
        List<RawRecord> records = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw refuse("Een JSON-bestand voor de COA-import is een lijst van klantprofielen: het begint met [ "
                        + "en elk klantprofiel staat tussen { en }.");
            }
            int number = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw refuse("Het JSON-bestand houdt op voordat de lijst met ] is gesloten.");
                }
                number++;
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = p.readValueAsTree();
                records.add(record(number, line, node));
            }
            if (p.nextToken() != null) {
                throw refuse("Na de afsluitende ] van de lijst staat nog tekst (regel "
                        + p.currentTokenLocation().getLineNr() + ").");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw refuse("Het JSON-bestand kan niet worden gelezen: de opbouw klopt niet"
                    + (at == null ? "" : " op regel " + at.getLineNr() + ", kolom " + at.getColumnNr())
                    + ". Controleer komma's, aanhalingstekens en haken.");
        } catch (java.io.IOException e) {
            // Reading from a String cannot fail for any other reason than its content.
            throw refuse("Het JSON-bestand kan niet worden gelezen.");
        }
        if (records.isEmpty()) {
            throw refuse("De lijst in het JSON-bestand bevat geen klantprofielen.");
        }
        return records;
    }

    private static RawRecord record(int number, int line, JsonNode node) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.put(ImportFields.RECORD, "Dit element van de lijst is geen klantprofiel (een object tussen { en }).");
            return new RawRecord(number, line, Map.of(), List.of(), problems, true);
        }
        Map<String, String> values = new HashMap<>();
        List<RawRecord.Member> household = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (ImportFields.PERSON.contains(key)) {
                values.put(key, scalar(key, value, problems));
            } else if (key.equals(ImportFields.COA_OBJECT)) {
                if (value.isObject()) {
                    value.fields().forEachRemaining(c -> {
                        if (ImportFields.COA_PROFILE.contains(c.getKey())) {
                            values.put(c.getKey(), scalar(c.getKey(), c.getValue(), problems));
                        } else {
                            unknown(ImportFields.COA_OBJECT + "." + c.getKey(), problems);
                        }
                    });
                } else if (!value.isNull()) {
                    problems.put(ImportFields.COA_OBJECT, "Moet een object tussen { en } zijn.");
                }
            } else if (key.equals(ImportFields.HOUSEHOLD)) {
                members(value, household, problems);
            } else {
                unknown(key, problems);
            }
        });
        return new RawRecord(number, line, values, household, problems, false);
    }

    private static void members(JsonNode value, List<RawRecord.Member> household, Map<String, String> problems) {
        if (value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            problems.put(ImportFields.HOUSEHOLD, "Moet een lijst tussen [ en ] zijn.");
            return;
        }
        for (JsonNode m : value) {
            if (!m.isObject()) {
                problems.put(ImportFields.HOUSEHOLD, "Elk gezinslid is een object met relationship, name en birthDate.");
                continue;
            }
            m.fieldNames().forEachRemaining(k -> {
                if (!List.of("relationship", "name", "birthDate").contains(k)) {
                    unknown(ImportFields.HOUSEHOLD + "." + k, problems);
                }
            });
            household.add(new RawRecord.Member(scalar(ImportFields.HOUSEHOLD, m.get("relationship"), problems),
                    scalar(ImportFields.HOUSEHOLD, m.get("name"), problems), scalar(ImportFields.HOUSEHOLD, m.get("birthDate"), problems)));
        }
    }

    private static String scalar(String key, JsonNode value, Map<String, String> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            problems.put(key, "Moet een enkele waarde zijn, geen lijst of object.");
            return null;
        }
        return value.asText();
    }

    private static void unknown(String path, Map<String, String> problems) {
        problems.put(ImportFields.UNKNOWN + path, "Onbekend veld '" + RecordMapper.abbreviate(path)
                + "'; de toegestane velden staan in het voorbeeldbestand en in de beschrijving van het formaat.");
    }

    private static RegieProblem.InvalidInput refuse(String message) {
        return new RegieProblem.InvalidInput(FIELD, message);
    }
}
