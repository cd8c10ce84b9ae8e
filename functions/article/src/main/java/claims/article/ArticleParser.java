package claims.article;

import java.util.Locale;
import java.util.Objects;

/** Reads an article file into an {@link Article}. Stateless and thread-safe. */
public final class ArticleParser {

    /** The largest file read, in bytes; checked before anything is decoded. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The longest text accepted, in Java {@code char}s (the unit claim offsets count in). */
    public static final int MAX_TEXT_CHARS = 500_000;
    /** A first line longer than this is a paragraph, not a headline. */
    public static final int MAX_TITLE_CHARS = 200;
    /** The extensions read, as listed in the "unsupported format" message. */
    public static final String SUPPORTED_EXTENSIONS = ".txt, .md, .markdown, .html, .htm, .json";

    /**
     * @param name    the object key or file name; its extension picks the format
     * @param content the file's bytes
     * @throws UnreadableArticleException if the content is empty, binary, not valid text, too large, or in a
     *                                    format this parser doesn't read
     */
    public Article parse(String name, byte[] content) throws UnreadableArticleException {
        Objects.requireNonNull(content, "content");
        String format = formatOf(name);
        if (content.length > MAX_BYTES) {
            throw new UnreadableArticleException(tooLarge(content.length));
        }
        if (content.length == 0) {
            throw new UnreadableArticleException("empty file (0 bytes)");
        }
        RawText.rejectBinary(content);
        if (format == null) {
            format = RawText.sniff(content);
        }
        Article article = switch (format) {
            case "txt" -> txt(content);
            case "md" -> md(content);
            case "html" -> HtmlText.read(content);
            case "json" -> JsonArticle.read(decode(content));
            default -> throw new IllegalStateException(format);
        };
        if (article.text().length() > MAX_TEXT_CHARS) {
            throw new UnreadableArticleException(String.format(Locale.ROOT,
                    "too long: %,d characters of text; the limit is %,d", article.text().length(), MAX_TEXT_CHARS));
        }
        return article;
    }

    /**
     * Why a file of {@code bytes} isn't read: for callers that know the size before they have the bytes (the
     * ingest function, from the S3 event), so they needn't download it to say so.
     */
    public static String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "too large: %.1f MB; the limit is %d MB",
                Math.ceil(bytes * 10.0 / (1024 * 1024)) / 10, MAX_BYTES / (1024 * 1024));
    }

    /** The format the name's extension asks for, or null when it has none and the content must decide. */
    static String formatOf(String name) throws UnreadableArticleException {
        if (name == null) {
            return null;
        }
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        // ".profile"-style names and a trailing dot carry no extension
        if (dot <= 0 || dot == base.length() - 1) {
            return null;
        }
        String ext = base.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "txt" -> "txt";
            case "md", "markdown" -> "md";
            case "html", "htm" -> "html";
            case "json" -> "json";
            default -> throw new UnreadableArticleException(
                    "unsupported format '." + ext + "'; supported: " + SUPPORTED_EXTENSIONS);
        };
    }

    private static Article txt(byte[] content) throws UnreadableArticleException {
        // claim offsets index into this string, so it is the file as written, not a cleaned-up copy
        String text = decode(content);
        return new Article(firstLineTitle(text), text, null, null, null, "txt");
    }

    private static Article md(byte[] content) throws UnreadableArticleException {
        MarkdownText.Result md = MarkdownText.convert(decode(content));
        if (md.text().isBlank()) {
            throw new UnreadableArticleException("no text found in the Markdown file");
        }
        String title = md.title() != null ? md.title() : firstLineTitle(md.text());
        return new Article(title, md.text(), md.url(), md.published(), md.outlet(), "md");
    }

    private static String decode(byte[] content) throws UnreadableArticleException {
        String text = RawText.decode(content);
        if (text.isBlank()) {
            throw new UnreadableArticleException("no text: the file contains only white space");
        }
        return text;
    }

    /**
     * The first line, when it reads like a headline: non-blank, short, and followed by more text. News files
     * here come as "headline\n\nbody" or "headline\nbody".
     */
    static String firstLineTitle(String text) {
        int end = text.indexOf('\n');
        if (end < 0 || text.substring(end + 1).isBlank()) {
            return null;
        }
        String line = text.substring(0, end).strip();
        return line.isEmpty() || line.length() > MAX_TITLE_CHARS ? null : line;
    }
}
