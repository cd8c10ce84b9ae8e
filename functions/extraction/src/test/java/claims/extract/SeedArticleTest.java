package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article against the claims a careful reader finds in it (corpus/seed/expected-claims.json): at least
 * 22 of its 25 claims with the right canonical claimant and stance, no claimant for the sentences that
 * attribute nothing, and Lukashenko's claims in detail.
 */
class SeedArticleTest {

    private static final int REQUIRED = 22;

    private static String text;
    private static Map<String, Object> expected;
    private static List<Claim> claims;

    @BeforeAll
    static void extract() throws IOException {
        Path seed = SharedCorpus.resolve("corpus/seed/north-korean-soldiers-russia.txt");
        Path gold = SharedCorpus.resolve("corpus/seed/expected-claims.json");
        assumeTrue(Files.isRegularFile(seed) && Files.isRegularFile(gold), "shared corpus not found at " + SharedCorpus.root());
        text = Files.readString(seed, StandardCharsets.UTF_8);
        expected = JSON.std.mapFrom(Files.readString(gold, StandardCharsets.UTF_8));
        claims = new ClaimExtractor().extract(text);
    }

    @Test
    void findsTheExpectedClaimsWithClaimantAndStance() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> wanted = (List<Map<String, Object>>) expected.get("claims");
        List<String> missed = new ArrayList<>();
        for (Map<String, Object> w : wanted) {
            String content = (String) w.get("content");
            String claimant = (String) w.get("claimant");
            Stance stance = Stance.valueOf(((String) w.get("stance")).toUpperCase(Locale.ROOT));
            boolean found = claims.stream().anyMatch(c -> c.content().text().contains(content) && c.claimant() != null
                    && c.claimant().name().equalsIgnoreCase(claimant) && c.stance() == stance);
            if (!found) {
                missed.add(claimant + " / " + stance + " / " + content + "\n    got: " + claims.stream()
                        .filter(c -> c.content().text().contains(content))
                        .map(c -> (c.claimant() == null ? "-" : c.claimant().name()) + " " + c.stance()).toList());
            }
        }
        int found = wanted.size() - missed.size();
        System.out.printf("seed article: %d of %d expected claims found with claimant and stance%n", found, wanted.size());
        assertTrue(found >= REQUIRED, found + " of " + wanted.size() + " found; missed:\n" + String.join("\n", missed));
    }

    @Test
    void unattributedSentencesGetNoClaimant() {
        @SuppressWarnings("unchecked")
        List<String> unattributed = (List<String>) expected.get("unattributed");
        for (String sentence : unattributed) {
            int begin = text.indexOf(sentence);
            assertTrue(begin >= 0, "not in the seed: " + sentence);
            int end = begin + sentence.length();
            for (Claim c : claims) {
                boolean overlaps = c.content().begin() < end && begin < c.content().end();
                if (overlaps) {
                    assertNull(c.claimant(), "a claimant was invented for '" + sentence + "': " + c);
                }
            }
        }
    }

    @Test
    void lukashenkoTellingTheBbc() {
        Claim told = only("told");
        assertNotNull(told.claimant());
        assertEquals("Alexander Lukashenko", told.claimant().name());
        assertEquals("He", told.claimant().mention().text());
        assertEquals("told", told.cue().text());
        assertEquals(Stance.DENY, told.stance());
        assertTrue(told.content().text().contains("the story was"), told.content().text());
        assertEquals("Belarusian President", told.claimant().role());
    }

    @Test
    void lukashenkoDisputesInsistsRepliesAndSays() {
        Claim disputes = only("disputes");
        assertEquals("Alexander Lukashenko", disputes.claimant().name());
        assertEquals("Belarusian President Alexander Lukashenko", disputes.claimant().mention().text());
        assertEquals("Belarusian President", disputes.claimant().role());
        assertEquals(Stance.DENY, disputes.stance());
        assertEquals("the deployment of North Korean soldiers to Ukraine on Russia's behalf", disputes.content().text());

        Claim insists = only("insists");
        assertEquals("Alexander Lukashenko", insists.claimant().name());
        assertEquals("Lukashenko", insists.claimant().mention().text());
        assertEquals(Stance.ASSERT, insists.stance());

        Claim replied = only("replied");
        assertEquals("Alexander Lukashenko", replied.claimant().name());
        assertEquals(Stance.DENY, replied.stance());
        assertEquals(Form.DIRECT, replied.form());
        assertTrue(replied.content().text().contains("Never"));

        Claim neither = claims.stream().filter(c -> c.content().text().startsWith("Neither the former defense minister"))
                .findFirst().orElseThrow();
        assertEquals("said", neither.cue().text());
        assertEquals("Alexander Lukashenko", neither.claimant().name());
        assertEquals(Stance.DENY, neither.stance());
    }

    @Test
    void nestedAttributionKeepsTheRelayInVia() {
        Claim cited = only("cited");
        assertEquals("Kim Yong Hyun", cited.claimant().name());
        assertEquals("the South Korean defense minister", cited.claimant().mention().text());
        assertEquals(List.of("Yonhap"), cited.via());
        assertEquals(Form.DIRECT, cited.form());
    }

    @Test
    void everySpanMatchesTheText() {
        for (Claim c : claims) {
            OffsetsTest.assertSpansConsistent(text, c);
        }
    }

    private static Claim only(String cue) {
        List<Claim> found = claims.stream().filter(c -> c.cue().text().equals(cue)).toList();
        assertEquals(1, found.size(), "claims with cue '" + cue + "': " + found);
        return found.get(0);
    }
}
