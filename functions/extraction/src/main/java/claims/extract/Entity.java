package claims.extract;

/**
 * A person, organisation, place or topic that a claim names.
 *
 * @param name canonical name ("North Korea" also for "North Korean")
 * @param type one of {@code person}, {@code organisation}, {@code place}, {@code other}
 */
public record Entity(String name, String type) {
}
