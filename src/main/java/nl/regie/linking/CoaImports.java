package nl.regie.linking;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.dossier.DossierLookup;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.identity.RegieUser;
import nl.regie.shared.Bsn;
import nl.regie.shared.RegieProblem;

/**
 * The koppeling in bulk: a file of COA klantprofielen (docs/coa-import.md) becomes one dossier per newcomer.
 * <ul>
 *   <li>The file as a whole is read and checked before anything is written ({@link CoaFile}); a file that cannot
 *       be read is refused with one Dutch message and no run is recorded.</li>
 *   <li>The records are then handled in the background, in transactions of {@link #CHUNK} records with a savepoint
 *       per record, so the consultant sees a progress bar (the run's counters are written in the same transaction as
 *       the records) and a bad record never takes good ones with it.</li>
 *   <li>Every record is checked by the dossier module's own rules ({@link RegisteringDossier#problems}), so the
 *       form, the API and the import cannot disagree; each rejected record is reported with its line and reasons.</li>
 *   <li>A BSN that already has a dossier in the municipality is reported as already present and not imported
 *       again: reading the same file twice creates nothing twice.</li>
 * </ul>
 * The run lives in the database, so any instance can show its progress. When the instance that handles a run stops,
 * the run stays "running" without progress; {@link #STALLED_AFTER} later it is shown as aborted, and reading the
 * same file again imports the rest.
 */
@Service
public class CoaImports {

    /** Imported and already-present records listed on the report; rejected ones are always all listed. */
    public static final int LISTED = 200;
    /** A run whose counters have not moved for this long is no longer being handled by any instance. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(5);
    /** Records per transaction: the progress bar moves in steps of this many. */
    static final int CHUNK = 100;

    private static final Logger LOG = LoggerFactory.getLogger(CoaImports.class);

    private final ImportStore store;
    private final RegisteringDossier registering;
    private final DossierLookup lookup;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final TaskExecutor executor;
    private final Clock clock;

    CoaImports(ImportStore store, RegisteringDossier registering, DossierLookup lookup, PlatformTransactionManager txm,
               @Qualifier(LinkingConfig.IMPORT_EXECUTOR) TaskExecutor executor, Clock clock) {
        this.store = store;
        this.registering = registering;
        this.lookup = lookup;
        this.tx = new TransactionTemplate(txm);
        this.savepoint = new TransactionTemplate(txm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Reads the file and starts importing it for the municipality of {@code user}; returns the run's id at once.
     * Throws {@link RegieProblem.InvalidInput} on the field {@value CoaFile#FIELD} when the file as a whole cannot
     * be read; nothing is then written.
     */
    public UUID start(RegieUser user, String fileName, byte[] content) {
        requireCaseworker(user);
        if (content == null || content.length == 0) {
            throw new RegieProblem.InvalidInput(CoaFile.FIELD, "Kies een bestand om in te lezen.");
        }
        CoaFile.Parsed parsed = CoaFile.read(fileName, content);
        UUID runId = UUID.randomUUID();
        String name = fileName == null || fileName.isBlank() ? "(zonder naam)" : RecordMapper.abbreviate(fileName.strip());
        store.insertRun(runId, user.municipalityCode(), user.username(), clock.instant(), name, parsed.format(),
                parsed.records().size());
        try {
            executor.execute(() -> run(user, runId, parsed.records()));
        } catch (RejectedExecutionException e) {
            store.deleteUnstartedRun(runId);
            throw new RegieProblem.Conflict("Import bezet", "Er lopen al te veel imports tegelijk. Probeer het over een paar minuten opnieuw.");
        }
        return runId;
    }

    /** The run with its counts, as far as it has come; another municipality's run does not exist. */
    public ImportRun run(RegieUser user, UUID runId) {
        requireCaseworker(user);
        return store.find(runId).filter(r -> r.municipalityCode().equals(user.municipalityCode()))
                .map(this::withStall)
                .orElseThrow(() -> new RegieProblem.NotFound("Deze import bestaat niet (meer)."));
    }

    /** The run and the outcome of its records, in file order. */
    public ImportReport report(RegieUser user, UUID runId) {
        ImportRun run = run(user, runId);
        return new ImportReport(run, store.lines(runId, ImportOutcome.REJECTED, Integer.MAX_VALUE),
                store.lines(runId, ImportOutcome.IMPORTED, LISTED), store.lines(runId, ImportOutcome.ALREADY_PRESENT, LISTED));
    }

    /** The latest runs of the user's municipality, newest first. */
    public List<ImportRun> latest(RegieUser user, int limit) {
        requireCaseworker(user);
        return store.latest(user.municipalityCode(), limit).stream().map(this::withStall).toList();
    }

    private ImportRun withStall(ImportRun r) {
        if (r.running() && r.updatedAt().plus(STALLED_AFTER).isBefore(clock.instant())) {
            return new ImportRun(r.id(), r.municipalityCode(), r.startedBy(), r.startedAt(), r.updatedAt(), r.updatedAt(),
                    r.fileName(), r.format(), ImportStatus.ABORTED, r.total(), r.done(), r.imported(), r.alreadyPresent(),
                    r.rejected(), "De import is gestopt zonder af te ronden (de server is herstart). Lees het bestand "
                    + "opnieuw in: wat al is ingelezen, wordt overgeslagen.");
        }
        return r;
    }

    private void run(RegieUser user, UUID runId, List<ImportRecord> records) {
        try {
            Set<String> present = new HashSet<>(lookup.bsnsWithDossier(user, records.stream()
                    .filter(r -> !r.unreadable() && r.bsn() != null).map(ImportRecord::bsn).toList()));
            Set<String> seenInFile = new HashSet<>();
            // One transaction per chunk, one savepoint per record: a refused record is rolled back to its savepoint
            // and reported in the same transaction, and the database commits a hundred records at a time.
            for (int from = 0; from < records.size(); from += CHUNK) {
                List<ImportRecord> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
                tx.executeWithoutResult(s -> chunk.forEach(r -> handle(user, runId, r, present, seenInFile)));
            }
            store.finish(runId, ImportStatus.FINISHED, null, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("COA-import {} afgebroken", runId, e);
            store.finish(runId, ImportStatus.ABORTED, "De import is afgebroken door een onverwachte fout. Wat al is "
                    + "ingelezen, blijft staan; lees het bestand opnieuw in om de rest in te lezen.", clock.instant());
        }
    }

    private void handle(RegieUser user, UUID runId, ImportRecord r, Set<String> present, Set<String> seenInFile) {
        if (r.unreadable()) {
            reject(runId, r, reasons(r.problems()));
            return;
        }
        String bsn = r.bsn();
        if (bsn != null && Bsn.isValid(bsn) && (present.contains(bsn) || seenInFile.contains(bsn))) {
            String where = seenInFile.contains(bsn) ? "Dit BSN staat eerder in hetzelfde bestand; het klantprofiel is één keer ingelezen."
                    : "Voor dit BSN is er in uw gemeente al een dossier (eerder ingelezen of met het formulier aangemaakt); er is niets dubbel ingelezen.";
            store.recordOutcome(runId, r, ImportOutcome.ALREADY_PRESENT, null, List.of(where), clock.instant());
            return;
        }
        if (!r.problems().isEmpty()) {
            // Typing errors leave fields empty; the dossier's own check adds what else is wrong, so every problem
            // of the record is reported at once and the consultant fixes the line in one go.
            Map<String, String> problems = new java.util.LinkedHashMap<>(r.problems());
            registering.problems(user, r.dossier()).forEach(problems::putIfAbsent);
            reject(runId, r, reasons(problems));
            return;
        }
        try {
            // register checks everything before it writes; when it refuses, the savepoint is rolled back and
            // nothing of the record is written.
            savepoint.executeWithoutResult(s -> {
                UUID id = registering.register(user, r.dossier(), "Koppeling door het COA (COA-import)");
                store.recordOutcome(runId, r, ImportOutcome.IMPORTED, id, List.of(), clock.instant());
            });
            seenInFile.add(bsn);
        } catch (RegieProblem.InvalidInput e) {
            reject(runId, r, reasons(e.problems()));
        }
    }

    private void reject(UUID runId, ImportRecord r, List<String> reasons) {
        store.recordOutcome(runId, r, ImportOutcome.REJECTED, null, reasons, clock.instant());
    }

    private static List<String> reasons(Map<String, String> problems) {
        List<String> reasons = new ArrayList<>();
        problems.forEach((k, v) -> reasons.add(ImportFields.reason(k, v)));
        return reasons;
    }

    static void requireCaseworker(RegieUser user) {
        if (!user.isCaseworker()) {
            throw new RegieProblem.Forbidden("Alleen consulenten en teamleiders van een gemeente lezen COA-klantprofielen in.");
        }
    }
}
