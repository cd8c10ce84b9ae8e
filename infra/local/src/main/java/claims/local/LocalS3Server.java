package claims.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The drop folder as a read-only S3 endpoint (GetObject and HeadObject, path-style), so that the ingest
 * function reads articles through the real S3 client locally too, in this process or from a
 * {@code sam local invoke} container. It listens on all interfaces: containers reach it through the host.
 */
final class LocalS3Server implements AutoCloseable {

    private final HttpServer server;
    private final String bucket;
    private final DropFolder folder;

    LocalS3Server(int port, String bucket, DropFolder folder) throws IOException {
        this.bucket = bucket;
        this.folder = folder;
        this.server = HttpServers.start(new InetSocketAddress(port), "local-s3", this::handle);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String[] parts = path.substring(1).split("/", 2);
            String requestedBucket = decode(parts[0]);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                error(exchange, 501, "NotImplemented", "the local bucket is read-only: drop files into "
                        + folder.root() + " instead");
                return;
            }
            if (!bucket.equals(requestedBucket)) {
                error(exchange, 404, "NoSuchBucket", "the local stack serves one bucket, " + bucket);
                return;
            }
            String key = parts.length > 1 ? decode(parts[1]) : "";
            Optional<Path> file = folder.file(key);
            if (file.isEmpty()) {
                error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
                return;
            }
            byte[] content = Files.readAllBytes(file.get());
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "application/octet-stream");
            headers.set("ETag", "\"" + DropFolder.etag(file.get()) + "\"");
            headers.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Files.getLastModifiedTime(file.get()).toInstant().atOffset(ZoneOffset.UTC)));
            if (method.equals("HEAD")) {
                headers.set("Content-Length", Integer.toString(content.length));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        } catch (IOException | RuntimeException e) {
            // a file removed while being read, a bad request: the client gets an S3 error, the server goes on
            try {
                error(exchange, 500, "InternalError", String.valueOf(e.getMessage()));
            } catch (IOException | RuntimeException ignored) {
                // the response had already started
            }
        } finally {
            exchange.close();
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        HttpServers.stop(server);
    }
}
