package claims.store;

/**
 * Another invocation is writing an older version of the article: retry later (Lambda does, for asynchronous
 * invocations), by which time it will have finished or its lease expired.
 */
public final class ArticleBusyException extends RuntimeException {

    public ArticleBusyException(String message) {
        super(message);
    }
}
