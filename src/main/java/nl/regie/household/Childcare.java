package nl.regie.household;

import java.time.Instant;

/** What is known about one child's childcare, as last recorded. */
public record Childcare(ChildcareNeed need, ChildcareArrangement arrangement, Integer hoursPerWeek, String remarks,
                        String recordedBy, Instant recordedAt) {

    /** Needed but not (yet) arranged: the case that keeps a parent from their trajectory. */
    public boolean unarranged() {
        return need == ChildcareNeed.YES && (arrangement == null || arrangement == ChildcareArrangement.NONE);
    }

    /** One line for overviews, e.g. "opvang nodig — Kinderopvang, 16 uur per week". */
    public String shortDutch() {
        StringBuilder s = new StringBuilder(switch (need) {
            case YES -> "opvang nodig";
            case NO -> "geen opvang nodig";
            case UNKNOWN -> "opvangbehoefte onbekend";
        });
        if (arrangement != null) {
            s.append(" — ").append(arrangement == ChildcareArrangement.NONE && need == ChildcareNeed.YES
                    ? "nog niet geregeld" : arrangement.dutch());
        }
        if (hoursPerWeek != null) {
            s.append(", ").append(hoursPerWeek).append(" uur per week");
        }
        return s.toString();
    }
}
