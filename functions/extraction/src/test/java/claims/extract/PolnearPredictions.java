package claims.extract;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the extractor's claims for a folder of articles (PolNeAR layout: {@code DIR/text/NAME.txt}) as
 * JSON Lines in the shape the scorer reads: one article a line, {@code {"source", "title", "claims"}}.
 *
 * <p>Run by hand: {@code java -cp <test class path> claims.extract.PolnearPredictions GOLD_DIR OUT.jsonl}.
 */
final class PolnearPredictions {

    /** nulls are written out ("title": null, "cue": null), as the extract command writes them */
    private static final JSON JSON_WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private PolnearPredictions() {
    }

    static void write(ClaimExtractor extractor, Path goldDir, Path out) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(goldDir.resolve("text"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path p : texts) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                String articleId = p.getFileName().toString();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("source", p.toString());
                line.put("title", null);
                line.put("claims", ClaimDocuments.of(articleId, extractor.extract(text)));
                w.write(JSON_WRITER.asString(line));
                w.write('\n');
            }
        }
    }

    public static void main(String[] args) throws IOException {
        write(new ClaimExtractor(), Path.of(args[0]), Path.of(args[1]));
    }
}
