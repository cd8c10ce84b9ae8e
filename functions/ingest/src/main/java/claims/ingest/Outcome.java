package claims.ingest;

/**
 * What ingesting one event did.
 *
 * @param articleId the article's id, for the API's /articles/{id}
 * @param result    what happened
 * @param detail    the claim count, the failure reason, or why nothing was done
 */
public record Outcome(String articleId, Result result, String detail) {

    public enum Result {
        /** the article's claims were stored */
        INGESTED,
        /** the article can't be read; it is stored as failed, with the reason */
        FAILED,
        /** the article and its claims were removed */
        REMOVED,
        /** the event was stale or a replay, or the object was already gone: nothing to do */
        SKIPPED
    }

    @Override
    public String toString() {
        return articleId + ": " + result.name().toLowerCase(java.util.Locale.ROOT) + " (" + detail + ")";
    }
}
