package claims.template;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An HTTP API route: "GET" and "/claims/{id}". */
public record Route(String method, String path) {

    /** The route key API Gateway puts in the event: "GET /claims/{id}". */
    public String key() {
        return method + " " + path;
    }

    /**
     * The path parameters if {@code rawPath} matches this route's path, as API Gateway matches it: a
     * {@code {name}} segment takes one non-empty segment, {@code {name+}} the rest of the path.
     */
    public Optional<Map<String, String>> match(String rawPath) {
        String[] want = path.split("/", -1);
        String[] got = rawPath.split("/", -1);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            String w = want[i];
            boolean param = w.startsWith("{") && w.endsWith("}");
            if (param && w.endsWith("+}")) {
                if (i >= got.length) {
                    return Optional.empty();
                }
                String rest = String.join("/", java.util.Arrays.copyOfRange(got, i, got.length));
                if (rest.isEmpty()) {
                    return Optional.empty();
                }
                params.put(w.substring(1, w.length() - 2), decode(rest));
                return Optional.of(params);
            }
            if (i >= got.length) {
                return Optional.empty();
            }
            if (param) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(w.substring(1, w.length() - 1), decode(got[i]));
            } else if (!w.equals(got[i])) {
                return Optional.empty();
            }
        }
        return want.length == got.length ? Optional.of(params) : Optional.empty();
    }

    private static String decode(String segment) {
        // a path segment: '+' is a plus sign here, not a space
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
