package nl.regie.plan;

/** One field that differs between two versions of a PIP. */
public record PlanChange(String field, String before, String after) {
}
