package claims.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the extractor's throughput on one thread: megabytes of article text (UTF-8 bytes of input) per
 * second, over every {@code .txt} file under a folder, after a warm-up.
 *
 * <p>Run it from the project root ({@code /work/main}):
 * <pre>
 * mvn -q -B -pl functions/extraction test-compile &amp;&amp; java -cp functions/extraction/target/classes:functions/extraction/target/test-classes claims.extract.ThroughputBenchmark /work/shared/corpus/wikinews
 * </pre>
 * Optional second and third arguments: warm-up passes (default 10) and timed passes (default 10). The extractor
 * needs nothing beyond its own classes, so the class path above is complete.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus/wikinews");
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> texts;
        try (Stream<Path> files = Files.walk(root)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(ThroughputBenchmark::read).toList();
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long start = System.nanoTime();
        ClaimExtractor extractor = new ClaimExtractor();
        System.out.printf("%d articles, %.2f MB; extractor built in %.0f ms%n", texts.size(), bytes / 1e6, (System.nanoTime() - start) / 1e6);
        long claims = 0;
        for (int i = 0; i < warmUp; i++) {
            claims = run(extractor, texts);
        }
        double best = 0;
        double total = 0;
        for (int i = 0; i < passes; i++) {
            long t0 = System.nanoTime();
            claims = run(extractor, texts);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double mbps = bytes / 1e6 / seconds;
            best = Math.max(best, mbps);
            total += seconds;
            System.out.printf("pass %d: %.3f s, %.2f MB/s%n", i + 1, seconds, mbps);
        }
        System.out.printf("%d claims a pass; mean %.2f MB/s, best %.2f MB/s%n", claims, bytes / 1e6 * passes / total, best);
    }

    private static long run(ClaimExtractor extractor, List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += extractor.extract(t).size();
        }
        return n;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
