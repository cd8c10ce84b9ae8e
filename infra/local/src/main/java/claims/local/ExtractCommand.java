package claims.local;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.jr.ob.JSON;

import claims.article.Article;
import claims.article.ArticleParser;
import claims.article.UnreadableArticleException;
import claims.extract.ClaimDocuments;
import claims.extract.ClaimExtractor;
import claims.store.ArticleIds;

/**
 * {@code extract}: the claims of articles as JSON Lines on standard output, one article a line, storing
 * nothing; progress on standard error. One extractor serves every file, so a folder of thousands is one
 * JVM's work.
 */
final class ExtractCommand {

    // nulls are written, as the API writes them: "claimant": null where nobody is named
    private static final JSON JSON_WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "json");

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return how many articles could not be read */
    int run(Options options) throws IOException {
        if (options.arguments().isEmpty()) {
            throw new Options.UsageException("extract needs at least one FILE or DIR");
        }
        List<Source> sources = new ArrayList<>();
        for (String arg : options.arguments()) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(ExtractCommand::isArticle).sorted()
                            .forEach(f -> sources.add(new Source(f, path.relativize(f).toString()
                                    .replace(java.io.File.separatorChar, '/'))));
                }
            } else if (Files.isRegularFile(path)) {
                sources.add(new Source(path, path.getFileName().toString()));
            } else {
                throw new Options.UsageException("no such file or directory: " + arg);
            }
        }
        ArticleParser parser = new ArticleParser();
        ClaimExtractor extractor = new ClaimExtractor();
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        long lastReport = started;
        long bytes = 0;
        int claims = 0;
        int failed = 0;
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            byte[] content = Files.readAllBytes(source.path());
            bytes += content.length;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("source", source.path().toString());
            try {
                Article article = parser.parse(source.key(), content);
                List<Map<String, Object>> docs = ClaimDocuments.of(ArticleIds.of(source.key()),
                        extractor.extract(article.text()));
                line.put("title", article.title());
                line.put("claims", docs);
                claims += docs.size();
            } catch (UnreadableArticleException | RuntimeException | StackOverflowError e) {
                // one article's failure is reported in its line, and the others go on
                String reason = e instanceof UnreadableArticleException ? e.getMessage() : "claim extraction failed: " + e;
                line.put("title", null);
                line.put("error", reason);
                line.put("claims", List.of());
                err.println("extract: " + source.path() + ": " + reason);
                failed++;
            }
            writer.write(JSON_WRITER.asString(line));
            writer.write('\n');
            long now = System.nanoTime();
            if (now - lastReport > 2_000_000_000L) {
                err.printf(Locale.ROOT, "extract: %d/%d articles, %d claims%n", i + 1, sources.size(), claims);
                lastReport = now;
            }
        }
        writer.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "extract: %s (%.1f MB), %s, %d unreadable, in %.1f s%n",
                count(sources.size(), "article"), bytes / 1e6, count(claims, "claim"), failed, seconds);
        return failed;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** An article file, and the key it would have in the bucket. */
    private record Source(Path path, String key) {
    }
}
