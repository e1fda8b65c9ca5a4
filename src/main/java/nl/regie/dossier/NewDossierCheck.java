package nl.regie.dossier;

import nl.regie.rules.TargetGroup;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.regie.shared.Bsn;
import nl.regie.shared.ContactLanguage;
import nl.regie.shared.Nationality;

/** Every rule a new dossier must meet, each with a Dutch message naming what to fix. Pure. */
final class NewDossierCheck {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;

    private NewDossierCheck() {
    }

    /** @return field → message, in form order; empty when the dossier may be created */
    static Map<String, String> problems(NewDossier d, LocalDate today) {
        Map<String, String> p = new LinkedHashMap<>();
        String bsn = Bsn.problemWith(d.bsn());
        if (bsn != null) {
            p.put("bsn", bsn);
        }
        text(p, "givenNames", d.givenNames(), "Voornamen zijn verplicht.", MAX_NAME);
        text(p, "familyName", d.familyName(), "Achternaam is verplicht.", MAX_NAME);
        if (d.birthDate() == null) {
            p.put("birthDate", "Geboortedatum is verplicht.");
        } else if (d.birthDate().isAfter(today)) {
            p.put("birthDate", "De geboortedatum ligt in de toekomst.");
        } else if (d.birthDate().isBefore(today.minusYears(120))) {
            p.put("birthDate", "De geboortedatum ligt meer dan 120 jaar terug; controleer het jaartal.");
        }
        String nat = Nationality.problemWith(d.nationality());
        if (nat != null) {
            p.put("nationality", nat);
        }
        if (d.targetGroup() == null) {
            p.put("targetGroup", "Kies de doelgroep.");
        }
        String lang = ContactLanguage.problemWith(d.contactLanguage());
        if (lang != null) {
            p.put("contactLanguage", lang);
        }
        if (d.interpreterNeeded() == null) {
            p.put("interpreterNeeded", "Geef aan of een tolk nodig is.");
        }
        dates(p, d, today);
        for (int i = 0; i < d.householdMembers().size(); i++) {
            HouseholdMember m = d.householdMembers().get(i);
            String f = "householdMembers[" + i + "]";
            if (m.relationship() == null) {
                p.put(f + ".relationship", "Kies de relatie van dit gezinslid.");
            }
            text(p, f + ".name", m.name(), "Naam van het gezinslid is verplicht.", MAX_NAME);
            if (m.birthDate() != null && m.birthDate().isAfter(today)) {
                p.put(f + ".birthDate", "De geboortedatum van het gezinslid ligt in de toekomst.");
            }
        }
        CoaProfile c = d.coaProfile();
        if (c != null && !c.isEmpty()) {
            if (d.targetGroup() != null && !d.targetGroup().arrivesThroughCoa()) {
                p.put("coaProfile", "Een COA-klantprofiel hoort alleen bij een asielstatushouder.");
            }
            if (c.permitGrantedOn() != null && d.linkedOn() != null && c.permitGrantedOn().isAfter(d.linkedOn())) {
                p.put("coaProfile.permitGrantedOn", "De vergunning is verleend vóór de koppeling; controleer de datum.");
            }
            maxLen(p, "coaProfile.coaNumber", c.coaNumber(), 20);
            maxLen(p, "coaProfile.azcLocation", c.azcLocation(), 100);
            for (var e : Map.of("familyDetails", nz(c.familyDetails()), "preIntegration", nz(c.preIntegration()),
                    "education", nz(c.education()), "diplomaValuation", nz(c.diplomaValuation()),
                    "languageSkills", nz(c.languageSkills()), "workExperience", nz(c.workExperience()),
                    "selfReliance", nz(c.selfReliance())).entrySet()) {
                maxLen(p, "coaProfile." + e.getKey(), e.getValue(), MAX_TEXT);
            }
            maxLen(p, "coaProfile.curriculumVitae", c.curriculumVitae(), 4000);
        }
        return p;
    }

    private static void dates(Map<String, String> p, NewDossier d, LocalDate today) {
        if (d.targetGroup() == TargetGroup.ASYLUM_PERMIT_HOLDER) {
            if (d.linkedOn() == null) {
                p.put("linkedOn", "Datum van koppeling door het COA is verplicht voor een asielstatushouder.");
            }
        } else if (d.targetGroup() != null) {
            if (d.linkedOn() != null || d.housedOn() != null) {
                p.put("linkedOn", "Koppeling en huisvesting via het COA gelden alleen voor asielstatushouders.");
            }
            if (d.brpRegisteredOn() == null) {
                p.put("brpRegisteredOn", "Datum van BRP-inschrijving is verplicht voor een " + d.targetGroup().dutch().toLowerCase() + ".");
            }
        }
        if (d.brpRegisteredOn() != null && d.targetGroup() == TargetGroup.ASYLUM_PERMIT_HOLDER && d.housedOn() == null) {
            p.put("housedOn", "Vul eerst de huisvestingsdatum in: een statushouder wordt bij huisvesting in de BRP ingeschreven.");
        }
        notFuture(p, "linkedOn", d.linkedOn(), today);
        notFuture(p, "housedOn", d.housedOn(), today);
        notFuture(p, "brpRegisteredOn", d.brpRegisteredOn(), today);
        if (d.linkedOn() != null && d.housedOn() != null && d.housedOn().isBefore(d.linkedOn())) {
            p.putIfAbsent("housedOn", "Huisvesting kan niet vóór de koppeling liggen.");
        }
        if (d.housedOn() != null && d.brpRegisteredOn() != null && d.brpRegisteredOn().isBefore(d.housedOn())) {
            p.putIfAbsent("brpRegisteredOn", "BRP-inschrijving in deze gemeente kan niet vóór de huisvesting liggen.");
        }
        LocalDate first = d.linkedOn() != null ? d.linkedOn() : d.brpRegisteredOn();
        if (d.birthDate() != null && first != null && first.isBefore(d.birthDate())) {
            p.putIfAbsent(d.linkedOn() != null ? "linkedOn" : "brpRegisteredOn", "Deze datum ligt vóór de geboortedatum.");
        }
    }

    private static void notFuture(Map<String, String> p, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            p.putIfAbsent(field, "Deze datum ligt in de toekomst; leg alleen vast wat al is gebeurd.");
        }
    }

    private static void text(Map<String, String> p, String field, String value, String missing, int max) {
        if (value == null || value.isBlank()) {
            p.put(field, missing);
        } else {
            maxLen(p, field, value, max);
        }
    }

    private static void maxLen(Map<String, String> p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.put(field, "Maximaal " + max + " tekens (nu " + value.length() + ").");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
