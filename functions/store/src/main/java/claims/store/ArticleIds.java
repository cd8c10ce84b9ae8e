package claims.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article id of an object key: what the API's {@code /articles/{id}} takes. A key made only of letters,
 * digits, '.', '_', '-' and '/' reads as itself with '/' written '~' ({@code news/2024/a.txt} is
 * {@code news~2024~a.txt}); any other key has its other characters replaced by '_' and a digest of the
 * whole key appended, so two keys never share an id.
 */
public final class ArticleIds {

    private static final int MAX_READABLE = 180;
    private static final java.util.regex.Pattern DIGESTED = java.util.regex.Pattern.compile("-[0-9a-f]{8}$");

    private ArticleIds() {
    }

    public static String of(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("an object key can't be empty");
        }
        StringBuilder id = new StringBuilder(key.length());
        boolean lossless = key.length() <= MAX_READABLE;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '/') {
                id.append('~');
            } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                id.append(c);
            } else {
                lossless = false;
                if (id.isEmpty() || id.charAt(id.length() - 1) != '_') {
                    id.append('_');
                }
            }
        }
        // a key that reads like another key's id (ending in "-" and 8 hex digits) gets a digest of its own too
        if (lossless && !DIGESTED.matcher(key).find()) {
            return id.toString();
        }
        String readable = id.length() > MAX_READABLE ? id.substring(0, MAX_READABLE) : id.toString();
        return readable + "-" + digest(key);
    }

    /** Whether {@code id} could be an article id at all; anything else is a bad request, not a miss. */
    public static boolean isWellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_READABLE + 9) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '~'))) {
                return false;
            }
        }
        return true;
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
