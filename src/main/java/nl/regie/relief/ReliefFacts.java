package nl.regie.relief;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.dossier.FinancialReliefFacts;

/** Tells the dossier module where an arrangement ends, for its deadline and the signal four weeks before. */
@Component
class ReliefFacts implements FinancialReliefFacts {

    private final ReliefStore store;

    ReliefFacts(ReliefStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReliefPeriod> periodOf(UUID dossierId) {
        return store.ofDossier(dossierId).map(r -> new ReliefPeriod(r.startsOn(), r.endsOn(), r.endedEarly(), r.extended()));
    }
}
