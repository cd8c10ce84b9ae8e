package claims.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadableArticleTest {

    private final ArticleParser parser = new ArticleParser();

    private String reason(String name, byte[] content) {
        return assertThrows(UnreadableArticleException.class, () -> parser.parse(name, content)).getMessage();
    }

    private String reason(String name, String content) {
        return reason(name, content.getBytes(UTF_8));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void unsupportedExtension() {
        String supported = "; supported: .txt, .md, .markdown, .html, .htm, .json";
        assertEquals("unsupported format '.pdf'" + supported, reason("report.PDF", "text"));
        assertEquals("unsupported format '.docx'" + supported, reason("in/story.docx", "text"));
        assertEquals("unsupported format '.gz'" + supported, reason("story.txt.gz", "text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.md", "a.html", "a.json", "noextension"})
    void emptyFile(String name) {
        assertEquals("empty file (0 bytes)", reason(name, new byte[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.md", "a.json", "noextension"})
    void onlyWhiteSpace(String name) {
        assertEquals("no text: the file contains only white space", reason(name, " \r\n\t\n  "));
    }

    @Test
    void noTextAfterConversion() {
        assertEquals("no text found in the HTML page (looked in <article>, <main> and <body>)",
                reason("a.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>"));
        assertEquals("no text found in the HTML page (looked in <article>, <main> and <body>)",
                reason("a.html", "  \n "));
        assertEquals("no text found in the Markdown file", reason("a.md", "---\ntitle: T\n---\n![img](x.png)\n"));
    }

    @Test
    void knownBinaryFormatsAreNamed() {
        assertEquals("binary content (a PDF file)", reason("a.txt", "%PDF-1.7\n%..."));
        assertEquals("binary content (a ZIP or Office file)", reason("a.md", bytes('P', 'K', 3, 4, 20, 0)));
        assertEquals("binary content (a PNG image)", reason("a.html", bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10)));
        assertEquals("binary content (a JPEG image)", reason("a.json", bytes(0xFF, 0xD8, 0xFF, 0xE0)));
        assertEquals("binary content (a GIF image)", reason("a.txt", "GIF89a...."));
        assertEquals("binary content (a gzip file)", reason("noextension", bytes(0x1F, 0x8B, 8, 0)));
    }

    @Test
    void nulBytesOrManyControlCharacters() {
        assertEquals("binary content, not text: NUL byte at offset 5", reason("a.txt", "Hello\0world"));
        byte[] noisy = "Some text with control characters".getBytes(UTF_8);
        noisy[4] = 1;
        noisy[9] = 2;
        assertEquals("binary content, not text: 2 control characters in 33 bytes", reason("a.txt", noisy));
    }

    @Test
    void aStrayControlCharacterIsStillText() throws Exception {
        String text = "Headline\n\n" + "Body text. ".repeat(20) + "\u0007 and a bell.";
        assertEquals(text, parser.parse("a.txt", text.getBytes(UTF_8)).text());
    }

    @Test
    void invalidUtf8SaysWhere() {
        byte[] latin1 = "Caf\u00e9 owners protest".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not valid UTF-8 text: bad byte 0xE9 at offset 3", reason("a.txt", latin1));
        assertEquals("not valid UTF-8 text: bad byte 0xE9 at offset 3", reason("a.md", latin1));
        assertEquals("not valid UTF-8 text: bad byte 0xE9 at offset 13",
                reason("a.json", "{\"text\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        // a sequence cut off at the end of the file
        assertEquals("not valid UTF-8 text: bad byte 0xE2 at offset 4", reason("a.txt", bytes('a', 'b', 'c', 'd', 0xE2, 0x80)));
    }

    @Test
    void tooLarge() {
        byte[] big = new byte[(int) (6.3 * 1024 * 1024)];
        Arrays.fill(big, (byte) 'a');
        assertEquals("too large: 6.3 MB; the limit is 5 MB", reason("a.txt", big));
        assertEquals("too large: 5.1 MB; the limit is 5 MB", reason("a.html", new byte[ArticleParser.MAX_BYTES + 1]));
    }

    @Test
    void tooLongText() throws Exception {
        String limit = "x".repeat(ArticleParser.MAX_TEXT_CHARS);
        assertEquals(limit, parser.parse("a.txt", limit.getBytes(UTF_8)).text());
        assertEquals("too long: 612,345 characters of text; the limit is 500,000",
                reason("a.txt", "x".repeat(612_345)));
        assertEquals("too long: 500,001 characters of text; the limit is 500,000",
                reason("a.json", "{\"text\": \"" + "y".repeat(500_001) + "\"}"));
    }
}
