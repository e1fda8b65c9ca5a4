package nl.regie.linking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of the COA import formats (docs/coa-import.md). Names are those of the dossier API's
 * {@code NewDossier} and {@code CoaProfile}, so a klantprofiel reads the same in the API, the CSV and the JSON;
 * each has the Dutch label the report shows.
 */
final class ImportFields {

    /** Person fields: every CSV file must have these columns (a cell may still be empty and then be refused). */
    static final List<String> PERSON = List.of("bsn", "givenNames", "familyName", "birthDate", "nationality",
            "contactLanguage", "interpreterNeeded", "linkedOn");

    /** The COA klantprofiel (seed 004 note 11), as in {@code CoaProfile}; all optional. */
    static final List<String> COA_PROFILE = List.of("coaNumber", "azcLocation", "residencePermitType", "permitGrantedOn",
            "familyDetails", "preIntegration", "education", "diplomaValuation", "languageSkills", "workExperience",
            "curriculumVitae", "selfReliance");

    static final String HOUSEHOLD = "householdMembers";
    static final String COA_OBJECT = "coaProfile";

    /** Problems about a record as a whole (its shape, not one field) use this key. */
    static final String RECORD = "";
    /** Prefix of the key of an unknown field; one problem per field, shown without a label. */
    static final String UNKNOWN = "?";

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "bsn", "BSN", "givenNames", "Voornamen", "familyName", "Achternaam", "birthDate", "Geboortedatum",
            "nationality", "Nationaliteit", "contactLanguage", "Contacttaal", "interpreterNeeded", "Tolk nodig",
            "linkedOn", "Gekoppeld op", "targetGroup", "Doelgroep", "housedOn", "Gehuisvest op",
            "brpRegisteredOn", "Ingeschreven in BRP op", "consultantUsername", "Consulent", "municipalityCode", "Gemeente",
            "coaNumber", "COA-nummer", "azcLocation", "AZC-locatie", "residencePermitType", "Soort verblijfsvergunning",
            "permitGrantedOn", "Vergunning verleend op", "familyDetails", "Gezinssituatie",
            "preIntegration", "Voorinburgering", "education", "Opleiding", "diplomaValuation", "Diplomawaardering",
            "languageSkills", "Taalvaardigheid", "workExperience", "Werkervaring", "curriculumVitae", "CV",
            "selfReliance", "Zelfredzaamheid", HOUSEHOLD, "Huishouden", COA_OBJECT, "COA-klantprofiel"};
        for (int i = 0; i < pairs.length; i += 2) {
            LABELS.put(pairs[i], pairs[i + 1]);
        }
    }

    private static final Pattern MEMBER = Pattern.compile("householdMembers\\[(\\d+)]\\.(relationship|name|birthDate)");

    private ImportFields() {
    }

    static boolean known(String column) {
        return PERSON.contains(column) || COA_PROFILE.contains(column) || HOUSEHOLD.equals(column);
    }

    /**
     * The reason a consultant reads for a problem the reader or the dossier module reported under {@code key}:
     * the Dutch label with the file's own field name, so they can find the cell, then the message.
     */
    static String reason(String key, String message) {
        if (key == null || key.equals(RECORD)) {
            return message;
        }
        String field = key.startsWith(COA_OBJECT + ".") ? key.substring(COA_OBJECT.length() + 1) : key;
        Matcher m = MEMBER.matcher(field);
        if (m.matches()) {
            String part = switch (m.group(2)) {
                case "relationship" -> "relatie";
                case "name" -> "naam";
                default -> "geboortedatum";
            };
            return "Gezinslid " + (Integer.parseInt(m.group(1)) + 1) + ", " + part + " (" + HOUSEHOLD + "): " + message;
        }
        String label = LABELS.get(field);
        return label == null ? message : label + " (" + field + "): " + message;
    }
}
