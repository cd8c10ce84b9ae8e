package claims.store;

/**
 * The table's single-table layout: every item's partition and sort key, in one place.
 *
 * <pre>
 * pk                    sk                           what
 * ARTICLE#{articleId}   META                         the article: status, failure reason, metadata, sequencer
 * ARTICLE#{articleId}   CLAIM#{digest}               a claim; its pos (content offset) orders the byPosition index
 * CLAIMANT#{name key}   {articleId}#{pos}#{digest}   a copy of the claim, for lookups by claimant
 * ABOUT#{name key}      {articleId}#{pos}#{digest}   a copy of the claim, for lookups by what it names
 * NAMES#{first letter}  {name key}#{articleId}       how many claims a name has in an article, for prefix lookups
 * </pre>
 */
final class Keys {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String POS = "pos";
    static final String META = "META";
    static final String CLAIM = "CLAIM#";
    static final String BY_POSITION = "byPosition";

    private Keys() {
    }

    static String article(String articleId) {
        return "ARTICLE#" + articleId;
    }

    static String claimant(String nameKey) {
        return "CLAIMANT#" + nameKey;
    }

    static String about(String nameKey) {
        return "ABOUT#" + nameKey;
    }

    static String names(String nameKey) {
        return "NAMES#" + nameKey.substring(0, nameKey.offsetByCodePoints(0, 1));
    }

    static String nameRow(String nameKey, String articleId) {
        return nameKey + "#" + articleId;
    }

    static String posting(String articleId, int pos, String digest) {
        return articleId + "#" + String.format("%010d", pos) + "#" + digest;
    }

    /** The digest part of a claim id "{articleId}:{digest}". */
    static String digest(String claimId) {
        return claimId.substring(claimId.lastIndexOf(':') + 1);
    }

    static String articleOf(String claimId) {
        int sep = claimId.lastIndexOf(':');
        return sep < 0 ? "" : claimId.substring(0, sep);
    }
}
