package claims.store;

/**
 * The right to write one version of an article: held by the invocation processing that version's event,
 * so that two versions are never written at once and a stale event never overwrites a newer version.
 */
public record Lease(String articleId, String key, Sequencer sequencer) {
}
