package claims.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** The JDK's HTTP server, as the local stack's servers use it: a few daemon threads, stopped at once. */
final class HttpServers {

    private HttpServers() {
    }

    static HttpServer start(InetSocketAddress address, String name, HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", handler);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return server;
    }

    static void stop(HttpServer server) {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
