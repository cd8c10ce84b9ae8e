package claims.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TxtArticleTest {

    private final ArticleParser parser = new ArticleParser();

    private Article parse(String text) throws UnreadableArticleException {
        return parser.parse("article.txt", text.getBytes(UTF_8));
    }

    @Test
    void seedArticleTextIsTheFileUnchanged() throws Exception {
        byte[] file = Fixtures.read(Fixtures.seed("north-korean-soldiers-russia.txt"));
        Article article = parser.parse("seeds/north-korean-soldiers-russia.txt", file);
        assertEquals(new String(file, UTF_8), article.text());
        assertEquals("txt", article.format());
        assertEquals("Seoul reports: North Korean soldiers stationed in Russia are being referred to as"
                + " \"human ammunition\"", article.title());
        assertNull(article.url());
        assertNull(article.published());
        assertNull(article.outlet());
    }

    @Test
    void keepsCrlfTabsAndSpacingAsTheyAre() throws Exception {
        String text = "  Headline\t \r\n\r\nBody  with\ttabs.\r\n\r\n\r\nLast line without newline";
        Article article = parse(text);
        assertEquals(text, article.text());
        assertEquals("Headline", article.title());
    }

    @Test
    void dropsUtf8ByteOrderMarkOnly() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Headline\nBody.\n".getBytes(UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        Article article = parser.parse("a.txt", file);
        assertEquals("Headline\nBody.\n", article.text());
        assertEquals("Headline", article.title());
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        String text = "Überschrift – “quoted”\n\nKörper.";
        // Java's UTF-16 encoder writes a big-endian BOM
        assertEquals(text, parser.parse("be.txt", text.getBytes(StandardCharsets.UTF_16)).text());
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[le.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(le, 0, file, 2, le.length);
        Article article = parser.parse("le.TXT", file);
        assertEquals(text, article.text());
        assertEquals("Überschrift – “quoted”", article.title());
    }

    @Test
    void titleIsTheFirstLineWhenItReadsLikeAHeadline() throws Exception {
        assertEquals("Headline", parse("Headline\n\nBody.").title());
        assertEquals("Headline", parse("Headline\nBody.").title());
        assertEquals("Headline", parse("Headline\r\nBody.").title());
    }

    @Test
    void noTitleWhenTheFirstLineIsBlankAloneOrTooLong() throws Exception {
        assertNull(parse("\nHeadline\nBody.").title(), "blank first line");
        assertNull(parse("Only one line of text.").title(), "nothing follows");
        assertNull(parse("Only one line of text.\n\n  \n").title(), "only blank lines follow");
        assertNull(parse("x".repeat(201) + "\nBody.").title(), "a paragraph, not a headline");
        assertEquals("x".repeat(200), parse("x".repeat(200) + "\nBody.").title());
    }
}
