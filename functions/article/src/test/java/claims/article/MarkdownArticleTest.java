package claims.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MarkdownArticleTest {

    private final ArticleParser parser = new ArticleParser();

    private Article parse(String markdown) throws UnreadableArticleException {
        return parser.parse("article.md", markdown.getBytes(UTF_8));
    }

    @Test
    void convertsToParagraphsWithoutMarkup() throws Exception {
        Article article = parser.parse("2024/article.md", Fixtures.resource("article.md"));
        assertEquals(String.join("\n\n",
                "Ministers clash over port deal",
                "The finance minister said on Friday that the deal would cost billions, according to a statement.",
                "The transport minister disagreed. She called the estimate absurd.",
                "First point",
                "Second point with inline code",
                "Numbered point",
                "Background",
                "Escaped *stars* stay, snake_case_names stay, and AT&T is decoded.",
                "code line one\n  code line two",
                "Final paragraph."), article.text());
        assertEquals("md", article.format());
    }

    @Test
    void readsMetadataFromFrontMatter() throws Exception {
        Article article = parser.parse("article.markdown", Fixtures.resource("article.md"));
        assertEquals("Ministers clash over port deal", article.title());
        assertEquals("https://harbourtimes.example/2024/11/port-deal", article.url());
        assertEquals("2024-11-02", article.published());
        assertEquals("The Harbour Times", article.outlet());
    }

    @Test
    void publishedWinsOverDate() throws Exception {
        Article article = parse("---\ndate: 2024-01-01\npublished: 2024-02-02T10:00:00Z\n---\nText.");
        assertEquals("2024-02-02T10:00:00Z", article.published());
        assertEquals("Text.", article.text());
    }

    @Test
    void titleIsTheFirstHeadingElseTheFirstLine() throws Exception {
        assertEquals("The headline", parse("Intro line.\n\n## The *headline*\n\nBody.").title());
        assertEquals("The headline", parse("The headline\n==========\n\nBody.").title());
        assertEquals("Plain first line", parse("Plain first line\n\nBody.").title());
        assertNull(parse("A single paragraph.").title());
    }

    @Test
    void setextHeadingsLoseTheirUnderline() throws Exception {
        assertEquals("Title\n\nSubtitle\n\nBody.", parse("Title\n=====\nSubtitle\n--------\nBody.").text());
    }

    @Test
    void aYearOpeningAParagraphIsNotAListNumber() throws Exception {
        assertEquals("1984. That was the year.\n\nan item", parse("1984. That was the year.\n\n2. an item").text());
    }

    @Test
    void dashesWithoutAClosingLineAreNotFrontMatter() throws Exception {
        assertEquals("Not front matter: just text.", parse("---\nNot front matter: just text.").text());
    }

    @Test
    void linksImagesAndEmphasisVariants() throws Exception {
        assertEquals("see the report and https://example.org, bold italic, struck, code *kept*",
                parse("see [the report][1] and <https://example.org>, ***bold italic***, ~~struck~~, "
                        + "``code *kept*``![logo](x.png)\n\n[1]: https://example.org/report").text());
    }
}
