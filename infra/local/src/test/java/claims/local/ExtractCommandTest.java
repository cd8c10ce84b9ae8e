package claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.jr.ob.JSON;

class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private List<Map<String, Object>> extract(String... args) throws Exception {
        int unreadable = new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new Options(List.of(args), Set.of(), Set.of()));
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.std.mapFrom(line));
            }
        }
        assertEquals(unreadable, lines.stream().filter(l -> l.containsKey("error")).count());
        return lines;
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesTheSeedsClaimsWithOffsetsIntoTheFileAsTheApiShapesThem() throws Exception {
        Path seed = TemplateContractTest.ROOT.resolve("seeds/north-korean-soldiers-russia.txt");
        List<Map<String, Object>> lines = extract(TemplateContractTest.ROOT.resolve("seeds").toString());
        assertEquals(1, lines.size());
        Map<String, Object> article = lines.get(0);
        assertEquals(seed.toString(), article.get("source"));
        assertTrue(((String) article.get("title")).startsWith("Seoul reports"));
        String text = Files.readString(seed);
        List<Map<String, Object>> claims = (List<Map<String, Object>>) article.get("claims");
        assertTrue(claims.size() >= 20, claims.size() + " claims");
        for (Map<String, Object> claim : claims) {
            for (String field : List.of("id", "text", "content", "cue", "claimant", "stance", "form", "sentence", "article")) {
                assertTrue(claim.containsKey(field), field + " missing from " + claim);
            }
            Map<String, Object> content = (Map<String, Object>) claim.get("content");
            assertEquals(claim.get("text"), text.substring((Integer) content.get("begin"), (Integer) content.get("end")));
            assertTrue(((String) claim.get("id")).startsWith("north-korean-soldiers-russia.txt:"));
        }
        assertTrue(claims.stream().anyMatch(c -> c.get("claimant") == null), "a hedged claim names nobody");
    }

    @Test
    void handlesAThousandArticlesInOneRunAndReportsTheUnreadable(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 1000; i++) {
            Files.writeString(dir.resolve(String.format("a%04d.txt", i)),
                    "Story " + i + "\n\nThe mayor said the bridge " + i + " would reopen on Monday.\n");
        }
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
        Files.writeString(dir.resolve("notes.csv"), "not an article");
        List<Map<String, Object>> lines = extract(dir.toString());
        assertEquals(1001, lines.size(), "every .txt, but not the .csv");
        Map<String, Object> broken = lines.stream().filter(l -> l.get("source").toString().endsWith("broken.txt"))
                .findFirst().orElseThrow();
        assertEquals("not valid UTF-8 text: bad byte 0xC3 at offset 0", broken.get("error"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1001 articles"), err.toString(StandardCharsets.UTF_8));
    }
}
