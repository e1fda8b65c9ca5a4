package nl.regie.household;

/** Childcare of one child as entered; checked by {@link RecordingChildcare}. */
public record ChildcareInput(ChildcareNeed need, ChildcareArrangement arrangement, Integer hoursPerWeek, String remarks) {
}
