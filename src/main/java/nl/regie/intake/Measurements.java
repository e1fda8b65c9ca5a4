package nl.regie.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.DossierQueries;
import nl.regie.identity.RegieUser;

/**
 * The nulmeting and eindmeting of a dossier for reporting (seed 000: measure the result with the same questions at
 * the end). Access as for the dossier (tenant rule, logged); never holds the health scores (AVG art. 9), whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class Measurements {

    private final IntakeStore store;
    private final DossierQueries dossiers;

    Measurements(IntakeStore store, DossierQueries dossiers) {
        this.store = store;
        this.dossiers = dossiers;
    }

    /** The latest nulmeting and eindmeting, side by side. */
    public MeasurementComparison of(RegieUser user, UUID dossierId) {
        dossiers.get(user, dossierId, "Nulmeting en eindmeting", Channel.UI);
        return comparison(store.measurements(dossierId, false));
    }

    static MeasurementComparison comparison(List<IntakeOverview.MeasurementVersion> versions) {
        return new MeasurementComparison(latest(versions, MeasurementKind.BASELINE), latest(versions, MeasurementKind.FINAL));
    }

    private static Optional<Measurement> latest(List<IntakeOverview.MeasurementVersion> versions, MeasurementKind kind) {
        return versions.stream().filter(v -> v.kind() == kind).findFirst().map(v -> {
            Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
            v.scores().forEach((z, s) -> {
                if (!z.specialCategory()) {
                    scores.put(z, s);
                }
            });
            return new Measurement(kind, v.measuredOn(), v.ladderStep(), scores);
        });
    }
}
