package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the extractor over PolNeAR's dev split and scores it with the shared scorer
 * ({@code tools/score_claims.py --json}); fails if the relation F1 figures drop more than a point below what the
 * extractor reached, or if any offset does not match the text. Skips when the corpus or python3 is absent.
 */
class PolnearDevRegressionTest {

    /** relation_claim F1 on dev when this test was last updated */
    static final double REACHED_CLAIM_F1 = 0.725;
    /** relation_attributed F1 on dev when this test was last updated */
    static final double REACHED_ATTRIBUTED_F1 = 0.684;
    private static final double TOLERANCE = 0.01;

    @Test
    void devScoresHold(@TempDir Path tmp) throws Exception {
        Path dev = SharedCorpus.resolve("corpus/polnear/dev");
        Path scorer = SharedCorpus.resolve("tools/score_claims.py");
        assumeTrue(Files.isDirectory(dev.resolve("text")) && Files.isRegularFile(scorer), "PolNeAR dev or the scorer is absent");
        assumeTrue(python3Runs(), "python3 is absent");

        Path predictions = tmp.resolve("dev.jsonl");
        PolnearPredictions.write(new ClaimExtractor(), dev, predictions);
        Process p = new ProcessBuilder("python3", scorer.toString(), "--gold", dev.toString(), "--pred", predictions.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "scorer timed out");
        assertEquals(0, p.exitValue(), "scorer failed: " + out);
        Map<String, Object> scores = JSON.std.mapFrom(out.strip().lines().reduce((a, b) -> b).orElse("{}"));

        assertEquals(0, ((Number) scores.get("offset_text_mismatch")).intValue(), "offset mismatches: " + out);
        assertEquals(0, ((Number) scores.get("bad_offsets")).intValue(), "bad offsets: " + out);
        double claim = f1(scores, "relation_claim");
        double attributed = f1(scores, "relation_attributed");
        System.out.printf("PolNeAR dev: relation_claim F1 %.3f, relation_attributed F1 %.3f%n", claim, attributed);
        assertTrue(claim >= REACHED_CLAIM_F1 - TOLERANCE, "relation_claim F1 fell to " + claim + ": " + out);
        assertTrue(attributed >= REACHED_ATTRIBUTED_F1 - TOLERANCE, "relation_attributed F1 fell to " + attributed + ": " + out);
    }

    private static double f1(Map<String, Object> scores, String figure) {
        @SuppressWarnings("unchecked")
        List<Number> prf = (List<Number>) scores.get(figure);
        return prf.get(2).doubleValue();
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
