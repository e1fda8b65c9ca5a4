package nl.regie.progress;

import java.time.Instant;
import java.time.LocalDate;

/** A newcomer's answer in the satisfaction survey: a score from 1 to 10 for one subject, given on a day. */
public record SatisfactionAnswer(long id, SatisfactionSubject subject, int score, LocalDate answeredOn, String recordedBy,
                                 Instant recordedAt) {

    /** The lowest and highest score: the Dutch school mark the seeds use ("gemiddeld minimaal een 7,0", seed 004). */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;
}
