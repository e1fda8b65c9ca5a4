package nl.regie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.rules.TargetGroup;
import nl.regie.shared.Bsn;

/** Need to know for health data (AVG art. 9), row by row. */
class SpecialCategoryAccessTest {

    private static Dossier dossierOf(String municipality, String consultant) {
        return new Dossier(UUID.randomUUID(), municipality, Bsn.of("111222333"), "Rasha", "Haddad", null, "SYR",
                TargetGroup.ASYLUM_PERMIT_HOLDER, "ar", true, DossierState.INTAKE_IN_PROGRESS, consultant, Map.of(), null, null,
                List.of(), null, null, Instant.EPOCH, 0);
    }

    @ParameterizedTest(name = "{0} {1} of {2}, dossier of {3} assigned to {4}: {5}")
    @CsvSource({
            "the assigned consultant,      CONSULTANT,     0629, 0629, me,     true",
            "another consultant,           CONSULTANT,     0629, 0629, other,  false",
            "an unassigned dossier,     CONSULTANT,     0629, 0629, ,       false",
            "a team lead,                  TEAM_LEAD,      0629, 0629, other,  true",
            "a team lead (unassigned),    TEAM_LEAD,      0629, 0629, ,       true",
            "another municipality's lead,  TEAM_LEAD,      0626, 0629, other,  false",
            "a consultant elsewhere,       CONSULTANT,     0626, 0629, me,     false",
            "a policy officer,             POLICY_OFFICER, 0629, 0629, other,  false",
    })
    void whoMayReadHealthData(String who, Role role, String userMunicipality, String dossierMunicipality, String consultant,
                              boolean allowed) {
        RegieUser user = new RegieUser("me", who, role, userMunicipality, null, true);
        assertThat(SpecialCategoryAccess.allows(user, dossierOf(dossierMunicipality, consultant))).isEqualTo(allowed);
    }
}
