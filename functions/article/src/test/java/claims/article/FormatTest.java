package claims.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

    private final ArticleParser parser = new ArticleParser();

    @ParameterizedTest
    @CsvSource({
        "story.txt, txt", "STORY.TXT, txt", "story.md, md", "story.Markdown, md", "story.html, html",
        "story.HTM, html", "story.json, json", "bucket/in/2024.11/story.json, json"
    })
    void extensionPicksTheFormat(String name, String format) throws Exception {
        // the same content read four ways shows the extension, not the content, decides
        String content = "{\"text\": \"<p>Hello</p>\"}";
        assertEquals(format, parser.parse(name, content.getBytes(UTF_8)).format());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  {\"text\": \"Hello\"}                  | json",
        "<!DOCTYPE html><p>Hello</p>             | html",
        "<html><body>Hello</body></html>         | html",
        "<p>Hello</p>                            | html",
        "<article><h1>Hi</h1><p>Hello</p></article> | html",
        "Hello <b>world</b>                      | txt",
        "# Hello                                 | txt",
        "<3 Hello                                | txt"
    })
    void noExtensionSniffsTheContent(String content, String format) throws Exception {
        for (String name : new String[] {"story", "in/story", ".story", "story.", null}) {
            assertEquals(format, parser.parse(name, content.getBytes(UTF_8)).format(), name);
        }
    }
}
