package claims.store;

/**
 * The table's single-table layout: every item's partition and sort key, in one place. A name row's parts are
 * joined with U+0001, which sorts before every character of a name key, so names list alphabetically
 * ("john" before "john smith").
 *
 * <pre>
 * pk                      sk                           what
 * ARTICLE#{articleId}     META                         the article: status, failure reason, metadata, sequencer
 * ARTICLE#{articleId}     CLAIM#{digest}               a claim; its gpk and pos put it in the byPosition index
 * ARTICLE#{articleId}     NAME#{key}^A{full key}       how many claims of the article a name has
 * CLAIMANT#{name key}     {articleId}#{pos}#{digest}   a copy of the claim, for lookups by claimant
 * ABOUT#{name key}        {articleId}#{pos}#{digest}   a copy of the claim, for lookups by what it names
 * NAMES#{first character} {key}^A{full key}            a name's claims and articles in all, for prefix lookups
 * </pre>
 *
 * A name's key is the key it is looked up by (a full name, or a person's surname); its full key is that of
 * the claimant's whole canonical name, so that "smith" lists John Smith and Ann Smith apart.
 */
final class Keys {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String GPK = "gpk";
    static final String POS = "pos";
    static final String META = "META";
    static final String CLAIM = "CLAIM#";
    static final String NAME = "NAME#";
    static final String BY_POSITION = "byPosition";
    static final char JOIN = '\u0001';

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

    /** A name and the claimant it belongs to, as one sort key. */
    static String name(String nameKey, String fullKey) {
        return nameKey + JOIN + fullKey;
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
