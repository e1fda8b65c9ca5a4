package nl.regie.municipality;

/**
 * Gemeente: the tenant. Identified by its four-digit CBS gemeentecode (e.g. 0629 Wassenaar).
 */
public record Municipality(String code, String name) {
}
