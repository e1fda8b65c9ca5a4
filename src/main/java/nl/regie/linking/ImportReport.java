package nl.regie.linking;

import java.util.List;

/**
 * An import run with its records: every rejected record, and the first {@link CoaImports#LISTED} imported and
 * already present ones (the counts in {@code run} are complete; the worklist shows all dossiers).
 */
public record ImportReport(ImportRun run, List<ImportLine> rejected, List<ImportLine> imported,
                           List<ImportLine> alreadyPresent) {
}
