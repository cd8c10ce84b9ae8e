package claims.article;

/** The article can't be read; {@link #getMessage()} says why in words a user can act on. */
public final class UnreadableArticleException extends Exception {

    public UnreadableArticleException(String reason) {
        super(reason);
    }
}
