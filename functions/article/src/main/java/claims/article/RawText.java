package claims.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/** Byte-level checks and strict decoding shared by the text formats. */
final class RawText {

    private static final Pattern HTML_START = Pattern.compile(
            "(?i)<(?:!doctype\\s+html|!--|(?:html|head|body|meta|title|article|main|section|div|p|h[1-6])[\\s>/])");

    private RawText() {
    }

    /** Rejects files that are not text, naming common file types so the user knows what they uploaded. */
    static void rejectBinary(byte[] b) throws UnreadableArticleException {
        String kind = magic(b);
        if (kind != null) {
            throw new UnreadableArticleException("binary content (" + kind + ")");
        }
        // UTF-16 text is full of NUL bytes; look at its characters instead
        if (utf16(b) != null) {
            String text = new String(b, 2, b.length - 2, utf16(b));
            rejectControls(text.length(), text::charAt, "character", "characters");
        } else {
            rejectControls(b.length, i -> b[i] & 0xFF, "byte", "bytes");
        }
    }

    private static void rejectControls(int length, IntUnaryOperator at, String unit, String units)
            throws UnreadableArticleException {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int c = at.applyAsInt(i);
            if (c == 0) {
                throw new UnreadableArticleException("binary content, not text: NUL " + unit + " at offset " + i);
            }
            // tab, LF, VT, FF and CR are ordinary in text files
            if ((c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F) {
                controls++;
            }
        }
        // a stray control character is tolerated; more than 1 in 100 means this isn't text
        if (controls * 100L > length) {
            throw new UnreadableArticleException(String.format(Locale.ROOT,
                    "binary content, not text: %,d control characters in %,d %s", controls, length, units));
        }
    }

    private static String magic(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF file";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "a ZIP or Office file";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip file";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old-style Office file (.doc, .xls, .ppt)";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset utf16(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The text of a file: UTF-16 when it starts with a UTF-16 byte-order mark, else UTF-8; the mark dropped. */
    static String decode(byte[] b) throws UnreadableArticleException {
        Charset utf16 = utf16(b);
        if (utf16 != null) {
            return strict(b, 2, utf16, "UTF-16");
        }
        return strict(b, startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String strict(byte[] b, int start, Charset charset, String name)
            throws UnreadableArticleException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // wrap keeps absolute positions, so the error offset counts from the start of the file
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate(b.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new UnreadableArticleException(String.format(Locale.ROOT,
                    "not valid %s text: bad byte 0x%02X at offset %d", name, b[at] & 0xFF, at));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The format of a file whose name has no extension: JSON, HTML, or else plain text. */
    static String sniff(byte[] b) {
        Charset utf16 = utf16(b);
        int skip = utf16 != null ? 2 : startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int length = Math.min(b.length - skip, 1024);
        if (utf16 != null) {
            length &= ~1;
        }
        // only the ASCII start matters, so a lenient decode is enough here
        String head = new String(b, skip, length, utf16 != null ? utf16 : StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("{")) {
            return "json";
        }
        return HTML_START.matcher(head).lookingAt() ? "html" : "txt";
    }
}
