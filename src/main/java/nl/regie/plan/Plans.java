package nl.regie.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** Reading a dossier's PIP versions and letters; access as for the dossier itself (tenant rule, access log). */
@Service
@Transactional(readOnly = true)
public class Plans {

    private final PlanStore store;
    private final DossierQueries dossiers;

    Plans(PlanStore store, DossierQueries dossiers) {
        this.store = store;
        this.dossiers = dossiers;
    }

    /** The dossier (access-checked and logged) with its PIP versions, newest first. */
    public Overview overview(RegieUser user, UUID dossierId) {
        Dossier d = dossiers.get(user, dossierId, "PIP inzien", Channel.UI);
        return new Overview(d, store.versions(dossierId));
    }

    public record Overview(Dossier dossier, List<IntegrationPlan> versions) {
        public Optional<IntegrationPlan> draft() {
            return versions.stream().filter(IntegrationPlan::isDraft).findFirst();
        }

        public Optional<IntegrationPlan> latestEstablished() {
            return versions.stream().filter(v -> !v.isDraft()).findFirst();
        }

        public Optional<IntegrationPlan> first() {
            return versions.stream().filter(v -> !v.isDraft()).reduce((a, b) -> b);
        }

        public Optional<IntegrationPlan> version(int no) {
            return versions.stream().filter(v -> v.versionNo() == no).findFirst();
        }

        /** What changed from the established version before {@code v}; empty for the first version. */
        public List<PlanChange> changes(IntegrationPlan v) {
            return versions.stream().filter(p -> !p.isDraft() && p.versionNo() < v.versionNo()).findFirst()
                    .map(prev -> diff(prev.content(), v.content())).orElse(List.of());
        }
    }

    /** The letter of an established version, as archived. */
    public byte[] letter(RegieUser user, UUID dossierId, int versionNo) {
        dossiers.get(user, dossierId, "PIP-beschikking inzien", Channel.UI);
        IntegrationPlan p = store.versions(dossierId).stream().filter(v -> v.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> new RegieProblem.NotFound("Deze versie van het PIP bestaat niet."));
        return store.letter(p.id()).orElseThrow(() -> new RegieProblem.NotFound("Deze versie heeft (nog) geen beschikking."));
    }

    /**
     * The established versions of a dossier, newest first, for a module that read the dossier through
     * {@link DossierQueries#get} already (access checked and logged there; no second log line).
     */
    public List<IntegrationPlan> established(Dossier d) {
        return store.versions(d.id()).stream().filter(v -> !v.isDraft()).toList();
    }

    static List<PlanChange> diff(PlanContent before, PlanContent after) {
        List<PlanChange> out = new ArrayList<>();
        Map<String, String> a = before.labelled();
        after.labelled().forEach((field, value) -> {
            if (!Objects.equals(a.get(field), value)) {
                out.add(new PlanChange(field, a.get(field), value));
            }
        });
        return out;
    }
}
