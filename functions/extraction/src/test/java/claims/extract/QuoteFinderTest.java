package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static List<String> quotes(String text) {
        Document d = EXTRACTOR.analyse(text);
        return d.quotes.list().stream().map(q -> text.substring(d.token(q.open()).begin(), d.token(q.close()).end())).toList();
    }

    @Test
    void pairsCurlyStraightAndTypewriterMarks() {
        assertEquals(List.of("“one”", "\"two\"", "''three''"), quotes("He said “one” and \"two\" and ''three'' too."));
    }

    @Test
    void readsDirectionFromSpacesEvenWhenShapesAreWrong() {
        assertEquals(List.of("”Backwards”"), quotes("”Backwards” she said."));
        assertEquals(List.of("\" nonsense.\""), quotes("He said the story was \" nonsense.\" Then he left."));
    }

    @Test
    void aQuotationRunsOverParagraphsInNewsStyle() {
        String text = "\"First paragraph of the speech.\n\n\"Second paragraph,\" she said.";
        assertEquals(List.of(text.substring(0, text.indexOf(',') + 2)), quotes(text));
    }

    @Test
    void anUnclosedQuotationEndsWithItsParagraph() {
        Document d = EXTRACTOR.analyse("He said \"it will rain\n\nNothing else.");
        assertEquals(1, d.quotes.list().size());
        assertFalse(d.quotes.list().get(0).closed());
    }
}
