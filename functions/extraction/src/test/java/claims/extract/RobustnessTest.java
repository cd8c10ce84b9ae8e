package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** extract never throws, and its time stays about linear in the length of the text, whatever the text. */
class RobustnessTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @Test
    void emptyAndBlankTexts() {
        assertEquals(List.of(), EXTRACTOR.extract(""));
        assertEquals(List.of(), EXTRACTOR.extract("   \n\n\t "));
        assertEquals(List.of(), EXTRACTOR.extract(null));
    }

    @Test
    void textWithoutClaims() {
        assertEquals(List.of(), EXTRACTOR.extract("The river runs through the valley. Trees grow on both banks.\n\nIt rained."));
    }

    @Test
    void unbalancedAndStrayQuotes() {
        String[] texts = {
            "\"He said it would work, the mayor said.",
            "The mayor said \"it would work.\n\nNobody agreed.\"",
            "”Backwards quotes,“ she said. ”And more.”",
            "\"\"\"\"\" said \" \" \"",
            "'' `` '' said John Smith ''",
            "He said: \"",
            "\"",
            ":",
            "said",
            "According to",
            "according to the, , ,",
            "— said — — according — \"",
            // rules that walk back from a cue to the sentence's start
            "Also increasing his criticism of the plan, the mayor spoke.",
            "Have, in fact, said that taxes rose.",
        };
        for (String t : texts) {
            List<Claim> claims = EXTRACTOR.extract(t);
            claims.forEach(c -> OffsetsTest.assertSpansConsistent(t, c));
        }
    }

    @Test
    void randomCharactersNeverBreakIt() {
        Random random = new Random(42);
        String alphabet = "abc XYZ said told that \"“”'’.,:;!?—-()\n\t0123456789$%😀é́ according to he she They ";
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextBoolean()) {
                b.append('\uD83D'); // a lone high surrogate
            }
            String t = b.toString();
            EXTRACTOR.extract(t).forEach(c -> OffsetsTest.assertSpansConsistent(t, c));
        }
    }

    @Test
    void randomWordSoupNeverBreaksIt() {
        Random random = new Random(7);
        String[] vocabulary = {"the", "minister", "said", "that", "\"", ",", ".", "Mr.", "Smith", "told", "reporters",
            "according", "to", "he", "they", "who", "was", "reportedly", "expected", "by", ":", "—", "(", ")", "U.S.",
            "'s", "not", "claims", "of", "support", "for", "adding", "is", "were", "asked", "if", "“", "”", "\n\n",
            "Also", "has", "have", "his", "their", "in", "fact", "and", "calling", "itself", "which", "later", "Monday",
            "prompted", "statement", "poll", "showed", "continued", "declined", "comment", "on", "A", "poll", "released"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                b.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = b.toString();
            EXTRACTOR.extract(t).forEach(c -> OffsetsTest.assertSpansConsistent(t, c));
        }
    }

    @Test
    void halfAMillionCharactersOnOneLine() {
        StringBuilder b = new StringBuilder(500_100);
        String sentence = "The minister said that the plan, which critics called \"reckless,\" would work, according to aides. ";
        while (b.length() < 500_000) {
            b.append(sentence);
        }
        String t = b.substring(0, 500_000);
        List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EXTRACTOR.extract(t));
        assertTrue(claims.size() > 1000, "claims: " + claims.size());
        claims.forEach(c -> OffsetsTest.assertSpansConsistent(t, c));
    }

    @Test
    void oneExtractorServesManyThreadsAlike() throws Exception {
        String text = "\"We will win,\" the senator said. She told reporters that the vote was close. "
                + "Officials reportedly expect a recount, according to the county clerk. The party disputes that.";
        List<Claim> expected = EXTRACTOR.extract(text);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Claim>>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                runs.add(pool.submit(() -> EXTRACTOR.extract(text)));
            }
            for (Future<List<Claim>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void pathologicalInputsStayLinear() {
        // inputs that would make a backtracking pattern or a nested scan explode: long runs without a sentence end,
        // of one repeated token, of nested-looking quotes, of commas, colons, capitals, dotted abbreviations
        String[] units = {"said ", "\"", ", ", "Mr. ", "U.S. ", "a ", "Smith ", "that ", "— ", "(", "'s ", ":",
            "according to ", "he said, ", "“x,” he said. ", "reportedly ", "is expected to ", "Q: ", "said and ",
            "seems ", "Tuesday "};
        for (String unit : units) {
            String small = unit.repeat(20_000 / unit.length());
            String large = unit.repeat(200_000 / unit.length());
            long tSmall = time(small);
            long tLarge = time(large);
            // ten times the text may take at most about ten times as long; the slack and the 20 ms floor absorb
            // timing noise (a collection, a compilation), not a quadratic step
            assertTrue(tLarge < 40 * Math.max(tSmall, 20_000_000L), unit + ": " + tSmall / 1e6 + " ms then " + tLarge / 1e6 + " ms");
        }
    }

    /** The best of three runs, after a warm-up run. */
    private static long time(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            EXTRACTOR.extract(text);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                EXTRACTOR.extract(text);
                best = Math.min(best, System.nanoTime() - start);
            }
            return best;
        });
    }
}
