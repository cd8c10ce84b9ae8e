package claims.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the hand-written word lists kept as resources beside these classes. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * The entries of a list: its lines without comments ({@code #} to the end of the line) and without
     * blank lines, trimmed.
     */
    static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    /** The entries of a list, each split at white space. */
    static List<String[]> fields(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            out.add(line.split("\\s+"));
        }
        return out;
    }
}
