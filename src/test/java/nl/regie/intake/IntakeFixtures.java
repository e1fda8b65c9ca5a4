package nl.regie.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import nl.regie.rules.LearningRoute;

/** Inputs the intake tests share. */
final class IntakeFixtures {

    private IntakeFixtures() {
    }

    static NewConversation conversation(LocalDate on) {
        return new NewConversation(on, ConversationKind.INTAKE_CONVERSATION, true, "ar", "Inburgeraar, tolk, consulent",
                Set.of(LifeDomain.FAMILY, LifeDomain.EDUCATION), "Kennismaking; vervolggesprek over werk gepland.");
    }

    static NewLearnabilityTest test(LocalDate on) {
        return new NewLearnabilityTest(on, "Bureau Leerbaarheid Zuid", LearningRoute.B1, "82", "Leert snel, sterk in rekenen.");
    }

    /** ZRM scores for every domain that is not a special category, all {@code score}. */
    static Map<ZrmDomain, Integer> regularScores(int score) {
        Map<ZrmDomain, Integer> m = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain z : ZrmDomain.values()) {
            if (!z.specialCategory()) {
                m.put(z, score);
            }
        }
        return m;
    }

    static Map<ZrmDomain, Integer> withHealth(Map<ZrmDomain, Integer> regular, int health) {
        Map<ZrmDomain, Integer> m = new EnumMap<>(regular);
        m.put(ZrmDomain.PHYSICAL_HEALTH, health);
        m.put(ZrmDomain.MENTAL_HEALTH, health);
        m.put(ZrmDomain.ADDICTION, health);
        return m;
    }

    static Map<String, String> education() {
        return Map.of("level", "VOCATIONAL", "years", "12", "diplomas", "Diploma verpleegkunde (Damascus, 2012)",
                "diplomaValuation", "REQUESTED", "wishes", "Mbo-verpleegkunde niveau 4");
    }

    static Map<String, String> language() {
        return Map.of("reading", "A1", "listening", "A2", "writing", "BELOW_A1", "speaking", "A2",
                "source", "Inschatting in het intakegesprek");
    }

    /** Health content that must never leave the shielded sections. */
    static final String PHYSICAL_SECRET = "Diabetes type 1, insulinepomp (GEHEIM-FYSIEK)";
    static final String MENTAL_SECRET = "Nachtmerries sinds de vlucht, behandeling bij GGZ (GEHEIM-MENTAAL)";

    static Map<String, String> physicalHealth() {
        return Map.of("condition", PHYSICAL_SECRET, "treatment", "YES", ZrmDomain.PHYSICAL_HEALTH.fieldName(), "3");
    }

    static Map<String, String> mentalHealth() {
        return Map.of("condition", MENTAL_SECRET, "treatment", "YES", ZrmDomain.MENTAL_HEALTH.fieldName(), "2",
                ZrmDomain.ADDICTION.fieldName(), "5");
    }
}
