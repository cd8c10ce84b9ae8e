package claims.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {

    private final ArticleParser parser = new ArticleParser();

    private Article parse(String html) throws UnreadableArticleException {
        return parser.parse("page.html", html.getBytes(UTF_8));
    }

    @Test
    void articleParagraphsInOrderSeparatedByBlankLines() throws Exception {
        Article article = parser.parse("article.HTML", Fixtures.resource("article.html"));
        assertEquals(String.join("\n\n",
                "Ministers clash over port deal",
                "Politics",
                "By Ana Silva, 2 November",
                "The finance minister said on Friday that the deal \u201cwould cost billions\u201d.",
                "The transport minister disagreed.",
                "She called the estimate & the process \"absurd\".",
                "The port at dawn.",
                "We will not sign, said the union.",
                "First point",
                "Second point",
                "A div with direct text.",
                "And a nested one."), article.text());
        assertEquals("html", article.format());
    }

    @Test
    void leavesOutScriptsNavigationAndPageFurniture() throws Exception {
        String text = parser.parse("article.htm", Fixtures.resource("article.html")).text();
        for (String furniture : new String[] {"SCRIPT", "NAV", "SITE HEADER", "SITE FOOTER", "ASIDE", "FORM",
                "NOSCRIPT", "color: red", "tracking"}) {
            assertFalse(text.contains(furniture), furniture + " in: " + text);
        }
    }

    @Test
    void metadataFromOpenGraphCanonicalAndPublishedTime() throws Exception {
        Article article = parser.parse("article.html", Fixtures.resource("article.html"));
        assertEquals("Ministers clash over port deal", article.title());
        assertEquals("https://harbourtimes.example/2024/11/port-deal", article.url());
        assertEquals("2024-11-02T08:30:00Z", article.published());
        assertEquals("The Harbour Times", article.outlet());
    }

    @Test
    void metadataFallbacks() throws Exception {
        Article article = parse("<html><head><title> Title  tag </title><meta property=og:url content=https://x.example/a>"
                + "</head><body><article><p>Dated <time datetime=2024-05-06T07:08>today</time>.</p></article></body></html>");
        assertEquals("Title tag", article.title());
        assertEquals("https://x.example/a", article.url());
        assertEquals("2024-05-06T07:08", article.published());
        assertNull(article.outlet());

        article = parse("<meta name=date content=2023-01-02><body><h1>Only an h1</h1><p>Text.</p></body>");
        assertEquals("Only an h1", article.title());
        assertEquals("2023-01-02", article.published());
        assertNull(parse("<meta name=pubdate content=2022><p>Text.</p>").title());
        assertEquals("2022", parse("<meta name=pubdate content=2022><p>Text.</p>").published());
    }

    @Test
    void usesMainWhenThereIsNoArticleAndDropsTheSiteHeader() throws Exception {
        Article article = parse("<body><header>Site</header><div>Sidebar outside main</div>"
                + "<main><h2>Sub</h2><p>One.</p><p>Two.</p></main><footer>Foot</footer></body>");
        assertEquals("Sub\n\nOne.\n\nTwo.", article.text());
    }

    @Test
    void usesBodyWhenThereIsNeitherArticleNorMain() throws Exception {
        Article article = parse("<body><header>Site</header><h1>Headline</h1><p>One.</p>text in body"
                + "<footer>Foot</footer></body>");
        assertEquals("Headline\n\nOne.\n\ntext in body", article.text());
        assertEquals("Headline", article.title());
    }

    @Test
    void honoursTheDeclaredCharset() throws Exception {
        Article article = parser.parse("old.html", Fixtures.resource("windows-1252.html"));
        assertEquals("Café owners protest\n\n\u201cWe are closing,\u201d said José.", article.text());
        assertEquals("Café owners protest", article.title());
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        byte[] page = "\uFEFF<html><body><p>UTF-16 page \u2013 ok</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("UTF-16 page \u2013 ok", parser.parse("a.html", page).text());
    }

    @Test
    void theArticlesHeadlineIsPreferredToTheSiteLogo() throws Exception {
        Article article = parse("<body><header><h1>Site</h1></header>"
                + "<article><p>Kicker</p><h1></h1><h1>Real headline</h1><p>Body.</p></article></body>");
        assertEquals("Real headline", article.title());
        assertEquals("Real headline\n\nKicker\n\nBody.", article.text());
    }

    @Test
    void defaultsToUtf8() throws Exception {
        assertEquals("Ünïcödé – ok", parse("<p>Ünïcödé – ok</p>").text());
    }

    @Test
    void keepsPreformattedLineBreaksAndSeparatesTableCells() throws Exception {
        assertEquals("line 1\n  line 2\n\na b\n\nc d",
                parse("<pre>line 1\n  line 2</pre><table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>").text());
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() throws Exception {
        String html = "<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000);
        assertTrue(parse(html).text().contains("deep text"));
    }
}
