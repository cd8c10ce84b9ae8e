package claims.article;

/**
 * An article as plain text, with what its file says about it.
 *
 * @param title     the headline, or null
 * @param text      the plain text that claim offsets index into; for a UTF-8 .txt file, the file's content
 *                  unchanged (a leading byte-order mark aside)
 * @param url       where it was published, or null
 * @param published when it was published, as the file gives it (ISO 8601 where the file uses it), or null
 * @param outlet    who published it, or null
 * @param format    the format it was read as: {@code txt}, {@code md}, {@code html} or {@code json}
 */
public record Article(String title, String text, String url, String published, String outlet, String format) {
}
