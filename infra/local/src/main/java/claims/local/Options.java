package claims.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Command-line options: {@code --name value} pairs, {@code --flag}s, and the rest as arguments. */
final class Options {

    private final Map<String, String> values = new TreeMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> arguments = new ArrayList<>();

    /**
     * @param valued the options that take a value
     * @param known  the flags, which don't
     */
    Options(List<String> args, Set<String> valued, Set<String> known) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (valued.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                values.put(a, args.get(++i));
            } else if (known.contains(a)) {
                flags.add(a);
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                arguments.add(a);
            }
        }
    }

    List<String> arguments() {
        return arguments;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String value(String name) {
        return values.get(name);
    }

    int port(String name, int otherwise) {
        String v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        try {
            int port = Integer.parseInt(v);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " takes a port number from 1 to 65535, not " + v);
    }

    Path path(String name, Path otherwise) {
        String v = values.get(name);
        return v == null ? otherwise : Path.of(v);
    }

    /** A mistake on the command line: the message says what, and the usage follows. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
