package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static List<String> sentences(String text) {
        Document d = EXTRACTOR.analyse(text);
        return d.sentences.stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Mr. Smith met Gen. Lee on Jan. 5 in Washington, D.C. to talk.", "They agreed."),
                sentences("Mr. Smith met Gen. Lee on Jan. 5 in Washington, D.C. to talk. They agreed."));
        assertEquals(List.of("U.S. Defense Secretary Lloyd Austin arrived."), sentences("U.S. Defense Secretary Lloyd Austin arrived."));
        assertEquals(List.of("John F. Kennedy spoke."), sentences("John F. Kennedy spoke."));
    }

    @Test
    void anAbbreviationEndsASentenceBeforeAClearStart() {
        assertEquals(List.of("Troops left the U.S.", "The talks went on."), sentences("Troops left the U.S. The talks went on."));
    }

    @Test
    void quotationsStayWithTheirSentence() {
        assertEquals(List.of("\"It's over,\" he said.", "\"Why?\" she asked.", "\"Never!\" Lukashenko replied."),
                sentences("\"It's over,\" he said. \"Why?\" she asked. \"Never!\" Lukashenko replied."));
        assertEquals(List.of("She said: \"We lost.", "We will try again.\"", "Then she left."),
                sentences("She said: \"We lost. We will try again.\" Then she left."));
    }

    @Test
    void lineBreaksEndSentences() {
        assertEquals(List.of("Seoul reports: troops moved", "The agency said so."),
                sentences("Seoul reports: troops moved\nThe agency said so."));
    }
}
