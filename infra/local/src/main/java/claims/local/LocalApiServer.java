package claims.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import claims.template.FunctionSpec;
import claims.template.Route;

/**
 * The HTTP API on localhost: each request is matched against the routes template.yaml declares and passed to
 * their function as an API Gateway HTTP API event (payload format 2.0), whose response becomes the HTTP
 * response, as API Gateway does. A request no route matches gets API Gateway's own 404.
 */
final class LocalApiServer implements AutoCloseable {

    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
            java.util.Locale.ROOT);

    private final HttpServer server;
    private final LocalFunctions functions;
    private final Consumer<String> log;

    LocalApiServer(int port, LocalFunctions functions, Consumer<String> log) throws IOException {
        this.functions = functions;
        this.log = log;
        this.server = HttpServers.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), "local-api",
                this::handle);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        try {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            for (FunctionSpec function : functions.template().functions()) {
                for (Route route : function.routes()) {
                    Optional<Map<String, String>> params = route.match(rawPath);
                    if (route.method().equals(method) && params.isPresent()) {
                        String event = event(exchange, route, params.get());
                        respond(exchange, functions.invoke(function.logicalId(), event, log));
                        return;
                    }
                }
            }
            send(exchange, 404, Map.of("content-type", "application/json"), "{\"message\":\"Not Found\"}");
        } catch (RuntimeException | IOException e) {
            log.accept("API request failed: " + e);
            try {
                send(exchange, 500, Map.of("content-type", "application/json"),
                        "{\"message\":\"Internal Server Error\"}");
            } catch (IOException ignored) {
                // the client went away
            }
        } finally {
            exchange.close();
        }
    }

    private static String event(HttpExchange exchange, Route route, Map<String, String> pathParameters)
            throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        Instant now = Instant.now();
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", exchange.getRequestMethod());
        http.put("path", exchange.getRequestURI().getPath());
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", headers.getOrDefault("host", "127.0.0.1"));
        context.put("http", http);
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", route.key());
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now.atOffset(ZoneOffset.UTC)));
        context.put("timeEpoch", now.toEpochMilli());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", route.key());
        event.put("rawPath", exchange.getRequestURI().getRawPath());
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        event.put("headers", headers);
        Map<String, String> query = query(rawQuery);
        if (!query.isEmpty()) {
            event.put("queryStringParameters", query);
        }
        if (!pathParameters.isEmpty()) {
            event.put("pathParameters", pathParameters);
        }
        event.put("requestContext", context);
        event.put("isBase64Encoded", false);
        return JSON.std.asString(event);
    }

    /** Query parameters as API Gateway passes them: decoded, a repeated parameter's values joined by commas. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            query.merge(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)),
                    (a, b) -> a + "," + b);
        }
        return query;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    @SuppressWarnings("unchecked")
    private static void respond(HttpExchange exchange, String responseJson) throws IOException {
        Map<String, Object> response = JSON.std.mapFrom(responseJson);
        Map<String, String> headers = new LinkedHashMap<>();
        Object h = response.get("headers");
        if (h instanceof Map<?, ?> m) {
            m.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        }
        Object status = response.get("statusCode");
        Object body = response.get("body");
        send(exchange, status instanceof Number n ? n.intValue() : 200, headers, body == null ? "" : body.toString());
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        HttpServers.stop(server);
    }

    static List<String> exampleUrls(int port) {
        String base = "http://127.0.0.1:" + port;
        return List.of(base + "/claims?claimant=lukashenko", base + "/claims?about=North%20Korea",
                base + "/claimants?prefix=k", base + "/articles/north-korean-soldiers-russia.txt",
                base + "/articles/north-korean-soldiers-russia.txt/claims?limit=5");
    }
}
