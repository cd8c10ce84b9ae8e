package claims.store;

/**
 * What the store keeps about an article besides its claims; any field may be null.
 *
 * @param characters the length of its plain text
 */
public record ArticleMeta(String title, String url, String published, String outlet, String format,
                          Integer characters) {

    public static final ArticleMeta NONE = new ArticleMeta(null, null, null, null, null, null);
}
