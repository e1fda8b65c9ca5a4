package nl.regie.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Records the facts the law's questions depend on (Wi 2021 art. 3–4 exemptions, start of bijstand for
 * ontzorgen, DUO's extension of the term) and recomputes the dossier's deadlines and signals.
 */
@Service
public class RecordingLegalFacts {

    private final DossierStore store;
    private final DossierLaw law;
    private final Clock clock;

    RecordingLegalFacts(DossierStore store, DossierLaw law, Clock clock) {
        this.store = store;
        this.law = law;
        this.clock = clock;
    }

    @Transactional
    public long record(RegieUser user, UUID id, long expectedVersion, LegalFacts facts, String reason) {
        DossierAccessPolicy.requireDossierRole(user);
        Dossier d = store.find(id).filter(x -> DossierAccessPolicy.canRead(user, x.municipalityCode()))
                .orElseThrow(DossierAccessPolicy::notFound);
        if (!DossierAccessPolicy.canChange(user, d.municipalityCode())) {
            throw new RegieProblem.Forbidden("U kunt dit dossier inzien maar niet wijzigen.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (facts.yearsInNetherlandsDuringCompulsorySchoolAge() < 0 || facts.yearsInNetherlandsDuringCompulsorySchoolAge() > 13) {
            problems.put("yearsInNetherlandsDuringCompulsorySchoolAge", "Aantal jaren moet tussen 0 en 13 liggen (de leerplicht duurt van 5 tot 18 jaar).");
        }
        if (facts.benefitStartedOn() != null && facts.benefitStartedOn().isAfter(today)) {
            problems.put("benefitStartedOn", "De startdatum van de bijstand ligt in de toekomst.");
        }
        if (facts.benefitStartedOn() != null && facts.benefitStartedOn().isBefore(d.birthDate())) {
            problems.put("benefitStartedOn", "Deze datum ligt vóór de geboortedatum.");
        }
        LocalDate plan = d.dateOf(DossierState.PLAN_ESTABLISHED);
        if (facts.termExtendedUntil() != null && (plan == null || !facts.termExtendedUntil().isAfter(plan))) {
            problems.put("termExtendedUntil", plan == null
                    ? "Een verlenging van de termijn kan pas als het eerste PIP is vastgesteld."
                    : "Een verlenging door DUO eindigt na de datum van het eerste PIP.");
        }
        if (reason != null && reason.length() > 1000) {
            problems.put("reason", "Toelichting is maximaal 1000 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        if (d.version() != expectedVersion || !store.updateLegalFacts(id, expectedVersion, facts, clock.instant())) {
            throw new RegieProblem.Conflict("Dossier intussen gewijzigd",
                    "Dit dossier is intussen gewijzigd. Uw wijziging is niet opgeslagen; open het dossier opnieuw.");
        }
        store.appendEvents(List.of(new DossierStore.NewEvent(id, clock.instant(), user.username(),
                TimelineEvent.EventType.FACTS_RECORDED, null, describe(facts), RecordingLifecycleStep.blankToNull(reason))));
        law.refresh(id);
        return expectedVersion + 1;
    }

    private static String describe(LegalFacts f) {
        StringBuilder s = new StringBuilder("Feiten voor de wet vastgelegd");
        if (f.benefitStartedOn() != null) {
            s.append("; bijstand sinds ").append(Dates.dutch(f.benefitStartedOn()));
        }
        if (f.termExtendedUntil() != null) {
            s.append("; termijn verlengd tot en met ").append(Dates.dutch(f.termExtendedUntil()));
        }
        if (f.temporaryPurpose()) {
            s.append("; tijdelijk verblijfsdoel");
        }
        if (f.hasQualifyingDutchDiploma()) {
            s.append("; Nederlands diploma");
        }
        if (f.yearsInNetherlandsDuringCompulsorySchoolAge() > 0) {
            s.append("; ").append(f.yearsInNetherlandsDuringCompulsorySchoolAge()).append(" jaar leerplichtig in Nederland");
        }
        return s.toString();
    }
}
