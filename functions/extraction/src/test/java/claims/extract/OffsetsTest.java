package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every span of every claim is a stretch of the given text, whatever characters the text holds. */
class OffsetsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    static void assertSpansConsistent(String text, Claim c) {
        check(text, c.content());
        if (c.cue() != null) {
            check(text, c.cue());
        }
        if (c.claimant() != null && c.claimant().mention() != null) {
            check(text, c.claimant().mention());
        }
        check(text, c.sentence());
        for (Quantity q : c.quantities()) {
            check(text, q.span());
        }
        assertTrue(c.sentence().begin() <= c.content().begin() && c.content().end() <= c.sentence().end(),
                "content outside its sentence: " + c);
    }

    private static void check(String text, Span s) {
        assertTrue(s.end() <= text.length(), "span past the end: " + s);
        assertEquals(text.substring(s.begin(), s.end()), s.text(), "span text differs from the article's");
        assertFalse(s.text().isEmpty(), "empty span");
    }

    @Test
    void astralCharactersAndCombiningMarksKeepUtf16Offsets() {
        String text = "😀 The café’s owner, José Nuñez, said that the 🍕 was \"très bon\" and 𝒳 is fine.\n"
                + "«Nous gagnerons», a déclaré le ministre. \"Ça va,\" Zoë Ångström told reporters.";
        List<Claim> claims = EXTRACTOR.extract(text);
        assertFalse(claims.isEmpty());
        for (Claim c : claims) {
            assertSpansConsistent(text, c);
        }
        Claim said = claims.stream().filter(c -> c.cue().text().equals("said")).findFirst().orElseThrow();
        assertEquals("José Nuñez", said.claimant().name());
        assertTrue(said.content().text().startsWith("that the 🍕 was"));
    }

    @Test
    void windowsLineEndsAndTabs() {
        String text = "Officials said on Monday that talks had failed.\r\n\r\n\"We tried,\"\tthe mayor said.\r\n";
        List<Claim> claims = EXTRACTOR.extract(text);
        assertEquals(2, claims.size(), claims.toString());
        claims.forEach(c -> assertSpansConsistent(text, c));
        assertEquals("We tried", claims.get(1).content().text());
    }
}
