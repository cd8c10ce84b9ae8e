package claims.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonArticleTest {

    private final ArticleParser parser = new ArticleParser();

    private Article parse(String json) throws UnreadableArticleException {
        return parser.parse("article.json", json.getBytes(UTF_8));
    }

    private String reason(String json) {
        return assertThrows(UnreadableArticleException.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsTextAndMetadata() throws Exception {
        Article article = parser.parse("article.json", Fixtures.resource("article.json"));
        assertEquals(new Article("Ministers clash over port deal",
                "Ministers clash over port deal\n\nThe finance minister said on Friday that the deal would cost"
                        + " billions.\nThe transport minister disagreed.",
                "https://harbourtimes.example/2024/11/port-deal", "2024-11-02T08:30:00Z", "The Harbour Times",
                "json"), article);
    }

    @Test
    void bodyWhenThereIsNoTextAndTextWinsOverBody() throws Exception {
        assertEquals("From body.", parse("{\"body\": \"From body.\"}").text());
        assertEquals("From text.", parse("{\"text\": \"From text.\", \"body\": \"From body.\"}").text());
        assertEquals("From body.", parse("{\"text\": \" \", \"body\": \"From body.\"}").text());
        Article article = parse("{\"text\": \"Only text.\"}");
        assertNull(article.title());
        assertNull(article.url());
        assertNull(article.published());
        assertNull(article.outlet());
    }

    @Test
    void htmlInTheTextIsConverted() throws Exception {
        assertEquals("First &amp; paragraph.\n\nSecond paragraph.".replace("&amp;", "&"),
                parse("{\"text\": \"<p>First &amp; paragraph.</p><p>Second <em>paragraph</em>.</p>\"}").text());
        // a bare '<' in prose is not markup
        assertEquals("a < b and b > c", parse("{\"text\": \"a < b and b > c\"}").text());
    }

    @Test
    void numericPublishedBecomesAString() throws Exception {
        assertEquals("1730536200", parse("{\"text\": \"T\", \"published\": 1730536200}").published());
        assertEquals("1730536200.5", parse("{\"text\": \"T\", \"published\": 1730536200.5}").published());
    }

    @Test
    void missingOrBlankText() {
        assertEquals("JSON article has no \"text\" or \"body\" string field", reason("{\"title\": \"T\"}"));
        assertEquals("JSON article has no \"text\" or \"body\" string field", reason("{\"text\": null}"));
        assertEquals("JSON article's \"text\" field is blank", reason("{\"text\": \"  \\n \"}"));
        assertEquals("no text found in the HTML of the JSON \"body\" field", reason("{\"body\": \"<p> </p><br>\"}"));
    }

    @Test
    void fieldsOfTheWrongType() {
        assertEquals("JSON article's \"text\" field must be a string, not an array",
                reason("{\"text\": [\"a\"], \"body\": \"b\"}"));
        assertEquals("JSON article's \"title\" field must be a string, not a number",
                reason("{\"text\": \"t\", \"title\": 5}"));
        assertEquals("JSON article's \"url\" field must be a string, not an object",
                reason("{\"text\": \"t\", \"url\": {}}"));
        assertEquals("JSON article's \"published\" field must be a string or a number, not true/false",
                reason("{\"text\": \"t\", \"published\": true}"));
    }

    @Test
    void notAnObject() {
        assertEquals("JSON article must be an object ({...}), not an array", reason("[{\"text\": \"t\"}]"));
        assertEquals("JSON article must be an object ({...}), not a string", reason("\"text\""));
    }

    @Test
    void malformedJsonSaysWhere() {
        String reason = reason("{\n  \"title\": \"T\",\n  \"text\": oops\n}");
        assertTrue(reason.startsWith("malformed JSON at line 3, column "), reason);
        assertTrue(reason.contains("oops"), reason);
        assertTrue(reason("{\"text\": \"t\"} {}").startsWith("malformed JSON at line 1, column 15: more content"),
                reason("{\"text\": \"t\"} {}"));
        assertTrue(reason("{\"text\": \"t\", \"text\": \"u\"}").contains("Duplicate key"),
                reason("{\"text\": \"t\", \"text\": \"u\"}"));
        assertTrue(reason("{\"text\": \"unterminated").startsWith("malformed JSON at line 1"));
    }

    @Test
    void deepNestingIsRejectedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals("JSON nested too deeply: more than 1000 levels", reason(deep));
        assertEquals("JSON nested too deeply: more than 1000 levels",
                reason("{\"text\": \"t\", \"x\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001)));
    }
}
