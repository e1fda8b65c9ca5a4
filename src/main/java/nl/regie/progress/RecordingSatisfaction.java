package nl.regie.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.rules.IntegrationRules;
import nl.regie.shared.DutchDates;
import nl.regie.shared.RegieProblem;

/**
 * Records a newcomer's answer in the satisfaction survey (seed 004 par. 5.1: "gemiddeld minimaal een 7,0 in het
 * tevredenheidsonderzoek onder inburgeringsplichtigen"; seed 003: satisfaction with maatschappelijke begeleiding, MAP
 * and PVT). The consultant asks it, typically at a voortgangsgesprek, and records it with the dossier's other progress;
 * the monitoring module only ever counts the answers. Like the meetings: access-logged through the dossier, written to
 * the timeline, one transaction.
 */
@Service
public class RecordingSatisfaction {

    private final DossierQueries dossiers;
    private final SatisfactionStore store;
    private final DossierTimeline timeline;
    private final Clock clock;

    RecordingSatisfaction(DossierQueries dossiers, SatisfactionStore store, DossierTimeline timeline, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @throws RegieProblem.Forbidden    for anyone but a consultant or team lead
     * @throws RegieProblem.NotFound     for a dossier of another municipality
     * @throws RegieProblem.Conflict     on a closed dossier, or when a colleague recorded the same answer just now
     * @throws RegieProblem.InvalidInput field → Dutch message, in form order
     */
    @Transactional
    public void record(RegieUser user, UUID dossierId, SatisfactionSubject subject, Integer score, LocalDate answeredOn) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders leggen de tevredenheid van een inburgeraar vast.");
        }
        Dossier d = dossiers.get(user, dossierId, "Tevredenheid vastleggen", Channel.UI);
        if (!ProgressMeetings.mayRecordSatisfaction(user, d)) {
            throw new RegieProblem.Conflict("Dossier gesloten", "Dit dossier is gesloten; er kan geen tevredenheid meer bij.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (subject == null) {
            problems.put("subject", "Kies waarover de inburgeraar een cijfer gaf.");
        }
        if (score == null) {
            problems.put("score", "Vul het cijfer in, van " + SatisfactionAnswer.LOWEST + " tot en met " + SatisfactionAnswer.HIGHEST + ".");
        } else if (score < SatisfactionAnswer.LOWEST || score > SatisfactionAnswer.HIGHEST) {
            problems.put("score", "Een cijfer ligt tussen " + SatisfactionAnswer.LOWEST + " en " + SatisfactionAnswer.HIGHEST + "; "
                    + score + " kan niet.");
        }
        LocalDate today = LocalDate.now(clock);
        if (answeredOn == null) {
            problems.put("answeredOn", "Vul de datum in waarop de inburgeraar het cijfer gaf.");
        } else if (answeredOn.isAfter(today)) {
            problems.put("answeredOn", "De datum ligt in de toekomst; leg een cijfer vast als het is gegeven.");
        } else if (answeredOn.isBefore(IntegrationRules.LAW_IN_FORCE)) {
            problems.put("answeredOn", "De datum ligt vóór 1 januari 2022, toen de Wet inburgering 2021 inging.");
        }
        if (problems.isEmpty()) {
            store.scoreOn(dossierId, subject, answeredOn).ifPresent(earlier -> problems.put("answeredOn",
                    "Op " + DutchDates.show(answeredOn) + " is voor ‘" + subject.dutch() + "’ al het cijfer " + earlier
                            + " vastgelegd. Eén antwoord per onderwerp per dag; kies een andere datum."));
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        try {
            store.insert(dossierId, d.municipalityCode(), subject, score, answeredOn, user.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RegieProblem.Conflict("Al vastgelegd", "Een collega heeft dit antwoord intussen vastgelegd. Er is niets opgeslagen; "
                    + "open de pagina opnieuw.");
        }
        timeline.append(user, dossierId, TimelineEvent.EventType.SATISFACTION_RECORDED, answeredOn,
                "Tevredenheid vastgelegd: " + subject.dutch() + ", cijfer " + score, null);
    }
}
