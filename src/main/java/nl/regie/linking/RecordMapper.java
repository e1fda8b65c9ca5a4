package nl.regie.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.regie.dossier.CoaProfile;
import nl.regie.dossier.HouseholdMember;
import nl.regie.dossier.NewDossier;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.DutchDates;

/**
 * Turns a {@link RawRecord} into the {@link NewDossier} the dossier module checks. Only typing is checked here
 * (dates, yes/no, choices), exactly as the new-dossier form does; every rule about the content stays in the
 * dossier module so the form, the API and the import cannot disagree.
 */
final class RecordMapper {

    private RecordMapper() {
    }

    static ImportRecord map(RawRecord raw) {
        Map<String, String> errors = new LinkedHashMap<>(raw.problems());
        Map<String, String> v = raw.values();
        LocalDate birthDate = DutchDates.parse(v.get("birthDate"), "birthDate", errors);
        Boolean interpreter = yesNo(v.get("interpreterNeeded"), errors);
        LocalDate linkedOn = DutchDates.parse(v.get("linkedOn"), "linkedOn", errors);
        List<HouseholdMember> members = new ArrayList<>();
        for (int i = 0; i < raw.household().size(); i++) {
            RawRecord.Member m = raw.household().get(i);
            String prefix = ImportFields.HOUSEHOLD + "[" + i + "].";
            members.add(new HouseholdMember(relationship(m.relationship(), prefix + "relationship", errors), trim(m.name()),
                    DutchDates.parse(m.birthDate(), prefix + "birthDate", errors)));
        }
        CoaProfile profile = new CoaProfile(trim(v.get("coaNumber")), trim(v.get("azcLocation")),
                permitType(v.get("residencePermitType"), errors),
                DutchDates.parse(v.get("permitGrantedOn"), "permitGrantedOn", errors), trim(v.get("familyDetails")),
                trim(v.get("preIntegration")), trim(v.get("education")), trim(v.get("diplomaValuation")),
                trim(v.get("languageSkills")), trim(v.get("workExperience")), trim(v.get("curriculumVitae")),
                trim(v.get("selfReliance")));
        // The COA links asylum permit holders only (Wi 2021 art. 2; the koppeling); others enter at BRP registration.
        NewDossier dossier = new NewDossier(null, trim(v.get("bsn")), trim(v.get("givenNames")), trim(v.get("familyName")),
                birthDate, upper(v.get("nationality")), TargetGroup.ASYLUM_PERMIT_HOLDER, lower(v.get("contactLanguage")),
                interpreter, linkedOn, null, null, null, members, profile.isEmpty() ? null : profile);
        return new ImportRecord(raw.number(), raw.line(), dossier, errors, raw.unreadable());
    }

    private static Boolean yesNo(String raw, Map<String, String> errors) {
        String s = trim(raw);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "1", "yes" -> true;
            case "nee", "n", "false", "0", "no" -> false;
            default -> {
                errors.put("interpreterNeeded", "'" + abbreviate(s) + "' is geen ja of nee; schrijf ja of nee (of true of false).");
                yield null;
            }
        };
    }

    private static HouseholdMember.Relationship relationship(String raw, String field, Map<String, String> errors) {
        String s = trim(raw);
        if (s == null) {
            return null;
        }
        for (HouseholdMember.Relationship r : HouseholdMember.Relationship.values()) {
            if (r.name().equalsIgnoreCase(s) || r.dutch().equalsIgnoreCase(s)) {
                return r;
            }
        }
        errors.put(field, "Onbekende relatie '" + abbreviate(s) + "'; gebruik PARTNER, CHILD of OTHER (of partner, kind, overig).");
        return null;
    }

    private static CoaProfile.ResidencePermitType permitType(String raw, Map<String, String> errors) {
        String s = trim(raw);
        if (s == null) {
            return null;
        }
        for (CoaProfile.ResidencePermitType t : CoaProfile.ResidencePermitType.values()) {
            if (t.name().equalsIgnoreCase(s) || t.dutch().equalsIgnoreCase(s)) {
                return t;
            }
        }
        errors.put("residencePermitType", "Onbekende soort verblijfsvergunning '" + abbreviate(s)
                + "'; gebruik ASYLUM_TEMPORARY, ASYLUM_PERMANENT of FAMILY_REUNIFICATION.");
        return null;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        return trim(s) == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return trim(s) == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Echoes at most 40 characters of a bad value, so a report stays readable whatever the file holds. */
    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
