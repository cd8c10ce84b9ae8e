package claims.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import claims.template.SamTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local, in this process, over HTTP: so that the functions here and in {@code sam local invoke}
 * containers share one database ({@code -sharedDb}: whatever credentials and region they use).
 */
final class LocalDynamoDbServer implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;
    private final DynamoDbClient client;

    private LocalDynamoDbServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
        this.client = client(endpoint());
    }

    /** Starts it, storing its data under {@code dataDir}, or in memory when that is null. */
    static LocalDynamoDbServer start(int port, Path dataDir) throws Exception {
        requireFree(port, "DynamoDB Local", "--dynamodb-port");
        String[] args = dataDir == null
                ? new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)}
                : new String[] {"-dbPath", Files.createDirectories(dataDir).toString(), "-sharedDb",
                        "-disableTelemetry", "-port", Integer.toString(port)};
        // it prints its configuration to standard output; the local stack says what matters itself
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        DynamoDBProxyServer server;
        try {
            server = ServerRunner.createServerFromCommandLineArgs(args);
            server.start();
        } finally {
            System.setOut(out);
        }
        return new LocalDynamoDbServer(server, port);
    }

    static void requireFree(int port, String what, String option) throws IOException {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (BindException e) {
            throw new IOException("port " + port + " for " + what + " is in use: stop whatever uses it (another"
                    + " local stack?) or choose another port with " + option + " N");
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    DynamoDbClient client() {
        return client;
    }

    static DynamoDbClient client(String endpoint) {
        return DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).region(Region.of(LocalFunctions.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Creates the table as template.yaml declares it, unless it exists; says whether it did. */
    static boolean ensureTable(DynamoDbClient client, SamTemplate template, String name) {
        try {
            client.createTable(template.table(name));
        } catch (ResourceInUseException exists) {
            return false;
        }
        String ttl = template.tableTimeToLiveAttribute();
        if (ttl != null) {
            client.updateTimeToLive(b -> b.tableName(name).timeToLiveSpecification(t -> t.attributeName(ttl).enabled(true)));
        }
        return true;
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.stop();
    }
}
