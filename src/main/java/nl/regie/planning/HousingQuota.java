package nl.regie.planning;

import java.time.Instant;

/** Taakstelling: permit holders the municipality must house in a half year, as the Rijk set it. */
public record HousingQuota(HalfYear half, int persons, String source, long version, String recordedBy, Instant recordedAt) {
}
