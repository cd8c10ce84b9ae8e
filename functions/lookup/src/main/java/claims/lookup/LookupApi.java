package claims.lookup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import claims.store.BadRequestException;
import claims.store.ClaimReader;
import claims.store.Page;

/**
 * The lookup API's routes: it checks parameters, asks the store and shapes the answer. Errors in the request
 * are 400 or 404 with a message that says what to change; the store's own errors propagate to the handler.
 */
public final class LookupApi {

    static final int DEFAULT_LIMIT = 20;
    static final String ROUTES = "GET /claims?claimant=NAME | /claims?about=NAME | /claims/{id} | /articles/{id}"
            + " | /articles/{id}/claims | /claimants?prefix=TEXT";

    private final ClaimReader reader;

    public LookupApi(ClaimReader reader) {
        this.reader = reader;
    }

    /**
     * @param method  the HTTP method
     * @param rawPath the path as sent, percent-encoded
     * @param query   the query parameters, decoded
     */
    public ApiResponse handle(String method, String rawPath, Map<String, String> query) {
        List<String> path = segments(rawPath);
        if (path == null) {
            return ApiResponse.error(400, "the path is not valid percent-encoded UTF-8");
        }
        Supplier<ApiResponse> route = route(path, query);
        if (route == null) {
            return ApiResponse.error(404, "no such endpoint: " + rawPath + "; the endpoints are " + ROUTES);
        }
        if (!"GET".equals(method)) {
            return ApiResponse.error(405, "only GET is supported");
        }
        try {
            return route.get();
        } catch (BadRequestException e) {
            return ApiResponse.error(400, e.getMessage());
        }
    }

    private Supplier<ApiResponse> route(List<String> p, Map<String, String> query) {
        String first = p.get(0);
        if (p.size() == 1 && first.equals("claims")) {
            return () -> claims(query);
        }
        if (p.size() == 1 && first.equals("claimants")) {
            return () -> claimants(query);
        }
        if (p.size() == 2 && first.equals("claims")) {
            return () -> claim(p.get(1), query);
        }
        if (p.size() == 2 && first.equals("articles")) {
            return () -> article(p.get(1), query);
        }
        if (p.size() == 3 && first.equals("articles") && p.get(2).equals("claims")) {
            return () -> articleClaims(p.get(1), query);
        }
        return null;
    }

    private ApiResponse claims(Map<String, String> query) {
        allow(query, "claimant", "about", "limit", "cursor");
        String claimant = query.get("claimant");
        String about = query.get("about");
        if ((claimant == null) == (about == null)) {
            throw new BadRequestException("give exactly one of claimant or about, e.g. /claims?claimant=lukashenko"
                    + " or /claims?about=North%20Korea");
        }
        int limit = limit(query);
        Page page = claimant != null ? reader.byClaimant(claimant, limit, query.get("cursor"))
                : reader.about(about, limit, query.get("cursor"));
        return list("claims", page);
    }

    private ApiResponse claim(String id, Map<String, String> query) {
        allow(query);
        return reader.claim(id).map(ApiResponse::ok)
                .orElseGet(() -> ApiResponse.error(404, "no claim with id " + id));
    }

    private ApiResponse article(String id, Map<String, String> query) {
        allow(query);
        return reader.article(id).map(ApiResponse::ok)
                .orElseGet(() -> ApiResponse.error(404, "no article with id " + id));
    }

    private ApiResponse articleClaims(String id, Map<String, String> query) {
        allow(query, "limit", "cursor");
        return reader.articleClaims(id, limit(query), query.get("cursor")).map(p -> list("claims", p))
                .orElseGet(() -> ApiResponse.error(404, "no article with id " + id));
    }

    private ApiResponse claimants(Map<String, String> query) {
        allow(query, "prefix", "limit", "cursor");
        String prefix = query.get("prefix");
        if (prefix == null) {
            throw new BadRequestException("give the start of a name, e.g. /claimants?prefix=luk");
        }
        return list("claimants", reader.claimants(prefix, limit(query), query.get("cursor")));
    }

    private static ApiResponse list(String name, Page page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, page.items());
        body.put("cursor", page.cursor());
        return ApiResponse.ok(body);
    }

    private static int limit(Map<String, String> query) {
        String limit = query.get("limit");
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.trim());
            if (n >= 1 && n <= ClaimReader.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + ClaimReader.MAX_LIMIT
                + ", not '" + limit + "'");
    }

    private static void allow(Map<String, String> query, String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequestException("unknown parameter '" + name + "'; "
                        + (names.length == 0 ? "this endpoint takes none" : "this endpoint takes "
                        + String.join(", ", Arrays.stream(names).sorted().toList())));
            }
        }
        query.forEach((name, value) -> {
            if (value.isBlank()) {
                throw new BadRequestException("parameter '" + name + "' is empty");
            }
        });
    }

    /** The path's segments, decoded; null if it isn't valid percent-encoding. */
    private static List<String> segments(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return Arrays.stream(path.split("/", -1))
                    .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
