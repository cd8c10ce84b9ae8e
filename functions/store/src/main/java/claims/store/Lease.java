package claims.store;

/**
 * The right to write one version of an article: held by the invocation processing that version's event,
 * so that two versions, or two deliveries of one event, are never written at once, and a stale event
 * never overwrites a newer version.
 *
 * @param owner who holds it: one invocation's own token, which every write under the lease checks
 */
public record Lease(String articleId, String key, Sequencer sequencer, String owner) {
}
