package claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * {@code serve} as the README's first command runs it: once it says it is ready, the seed article's claims are
 * there; an article dropped into the folder appears, and goes when it is removed.
 */
class ServeCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void seedsThenFollowsTheDropFolder(@TempDir Path tmp) throws Exception {
        Path drop = tmp.resolve("bucket");
        int[] ports = freePorts(3);
        int api = ports[0];
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        ServeCommand serve = new ServeCommand(out);
        Thread running = new Thread(() -> {
            try {
                serve.run(new Options(List.of("--in-memory", "--drop", drop.toString(), "--port", String.valueOf(api),
                        "--dynamodb-port", String.valueOf(ports[1]), "--s3-port", String.valueOf(ports[2])),
                        ServeCommand.VALUED, ServeCommand.FLAGS));
            } catch (Exception e) {
                out.println("serve failed: " + e);
            }
        });
        running.setDaemon(true); // a serve that never stops must not keep the build waiting
        running.start();
        try {
            await(() -> output.toString(StandardCharsets.UTF_8), o -> o.contains("Lookup API") || o.contains("serve failed"));
            assertTrue(output.toString(StandardCharsets.UTF_8).contains("Lookup API"), output.toString(StandardCharsets.UTF_8));

            // asked as soon as the API is up: it opens only once the seed article is in
            List<Map<String, Object>> lukashenko = claims(api, "/claims?claimant=lukashenko");
            assertTrue(lukashenko.size() >= 5, lukashenko.toString());
            lukashenko.forEach(c -> assertEquals("Alexander Lukashenko", ((Map<?, ?>) c.get("claimant")).get("name")));

            Files.writeString(drop.resolve("harbour.txt"), "The harbour will close in May, the port authority said.");
            await(() -> claims(api, "/articles/harbour.txt/claims"), c -> c.size() == 1);
            Files.delete(drop.resolve("harbour.txt"));
            await(() -> status(api, "/articles/harbour.txt"), s -> s == 404);
        } finally {
            serve.stop();
            running.join(PATIENCE.toMillis());
        }
        assertFalse(running.isAlive(), "serve did not stop");
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("Stopping."));
    }

    private List<Map<String, Object>> claims(int port, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims = (List<Map<String, Object>>) JSON.std.mapFrom(r.body()).get("claims");
        return claims;
    }

    private int status(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> void await(Probe<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = probe.get();
            } catch (IOException e) {
                last = null; // not listening yet
            }
            if (last != null && done.test(last)) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not within " + PATIENCE + ": " + last);
    }

    /** Ports free now, and distinct: all are held open until each is known. */
    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] held = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                held[i] = new ServerSocket(0);
                ports[i] = held[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : held) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }
}
