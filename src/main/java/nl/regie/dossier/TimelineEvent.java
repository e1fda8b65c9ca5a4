package nl.regie.dossier;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a dossier's timeline: who did what, when, and why. Never changed after it is written. */
public record TimelineEvent(long id, Instant occurredAt, String actor, EventType type, LocalDate eventDate,
                            String summary, String reason) {

    public enum EventType {
        DOSSIER_CREATED("Dossier aangemaakt"),
        STEP_RECORDED("Stap vastgelegd"),
        CONSULTANT_ASSIGNED("Consulent toegewezen"),
        FACTS_RECORDED("Feiten vastgelegd"),
        PROGRESS_MEETING_HELD("Voortgangsgesprek"),
        PLAN_DRAFTED("PIP-concept"),
        PLAN_ESTABLISHED("PIP vastgesteld"),
        PLAN_ACKNOWLEDGED("PIP ondertekend"),
        HANDOVER_PLANNED("Warme overdracht gepland"),
        HANDOVER_HELD("Warme overdracht gehouden"),
        COMPLETION_REGISTERED("Afronding vastgelegd"),
        DUO_NOTICE_PREPARED("Melding aan DUO"),
        AFTERCARE_CONTACT_RECORDED("Nazorgcontact"),
        HOURS_RECORDED("Uren vastgelegd"),
        EXAM_RESULT_RECORDED("Examenuitslag"),
        LEVEL_DOWNGRADED("Afgeschaald naar A2"),
        PVT_PROGRESS("PVT-voortgang"),
        MAP_PROGRESS("MAP-voortgang"),
        FINAL_INTERVIEW_HELD("Eindgesprek Z-route"),
        BRIDGING_PROGRAMME_COMPLETED("Taalschakeltraject afgerond"),
        PROGRESS_MEETING_PLANNED("Voortgangsgesprek gepland"),
        PROGRESS_MEETING_MISSED("Voortgangsgesprek gemist"),
        PLAN_REVISION_PROMPTED("Aanleiding PIP-herziening"),
        HOUSEHOLD_CHANGED("Huishouden gewijzigd"),
        INCOME_RECORDED("Inkomenssituatie vastgelegd"),
        CHILDCARE_RECORDED("Kinderopvang vastgelegd"),
        ATTACHMENT_ADDED("Bijlage toegevoegd"),
        ATTACHMENT_WITHDRAWN("Bijlage ingetrokken"),
        INTAKE_CONVERSATION("Gesprek brede intake"),
        INTAKE_DOMAIN_RECORDED("Leefgebied brede intake"),
        LEARNABILITY_TEST_RECORDED("Leerbaarheidstoets"),
        MEASUREMENT_RECORDED("Nulmeting of eindmeting"),
        BREACH_RECORDED("Overtreding vastgelegd"),
        SANCTION_DECIDED("Besluit handhaving"),
        FINE_APPROVED("Boete goedgekeurd"),
        FINE_REJECTED("Boete afgewezen"),
        OBJECTION_RECORDED("Bezwaar ontvangen"),
        OBJECTION_DECIDED("Beslissing op bezwaar"),
        BENEFIT_SANCTION_RECORDED("Maatregel Participatiewet"),
        DUO_DECISION_RECORDED("Besluit van DUO"),
        FINANCIAL_RELIEF_ARRANGED("Financieel ontzorgen gestart"),
        FINANCIAL_RELIEF_EXTENDED("Ontzorgen verlengd"),
        FINANCIAL_RELIEF_ENDED("Ontzorgen eerder beëindigd"),
        FIXED_CHARGE_ADDED("Vaste last toegevoegd"),
        FIXED_CHARGE_ENDED("Vaste last beëindigd"),
        RELIEF_CHECKPOINT_RECORDED("Financiële zelfredzaamheid"),
        RELIEF_PAYMENT_RUN("Betaling vaste lasten"),
        SATISFACTION_RECORDED("Tevredenheid vastgelegd");

        private final String dutch;

        EventType(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }
}
