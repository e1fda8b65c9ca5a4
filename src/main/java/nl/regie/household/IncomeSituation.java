package nl.regie.household;

import java.time.Instant;
import java.time.LocalDate;

import nl.regie.shared.DutchDates;

/** One dated income situation of a newcomer, as recorded; never changed afterwards (a change is a new row). */
public record IncomeSituation(long id, IncomeType type, LocalDate validFrom, String remarks, String recordedBy,
                              Instant recordedAt) {

    public boolean nug() {
        return type.nug();
    }

    /** For the NUG notice: "sinds 20-11-2026 geen eigen uitkering, omdat de partner werkt". */
    public String nugSummary() {
        return "sinds " + DutchDates.show(validFrom) + " geen eigen uitkering"
                + (type == IncomeType.PARTNER_WORKS ? ", omdat de partner werkt" : "");
    }
}
