package claims.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import claims.template.FunctionSpec;
import claims.store.Sequencer;
import claims.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code serve}: DynamoDB Local, the drop folder as the articles bucket, its changes sent to the ingest
 * function as S3 events, and the lookup API on localhost. Runs until interrupted.
 */
final class ServeCommand {

    static final Set<String> VALUED = Set.of("--port", "--drop", "--data", "--dynamodb-port", "--s3-port");
    static final Set<String> FLAGS = Set.of("--in-memory", "--no-seed");

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    void run(Options options) throws Exception {
        try {
            serve(options);
        } finally {
            stopped.countDown();
        }
    }

    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    private void serve(Options options) throws Exception {
        Path root = Project.root();
        Path data = options.path("--data", root.resolve(".claims"));
        Path drop = options.path("--drop", data.resolve("bucket")).toAbsolutePath().normalize();
        boolean inMemory = options.flag("--in-memory");
        int apiPort = options.port("--port", 3000);
        int dynamoPort = options.port("--dynamodb-port", 8000);
        int s3Port = options.port("--s3-port", 4566);
        LocalDynamoDbServer.requireFree(apiPort, "the lookup API", "--port");
        LocalDynamoDbServer.requireFree(s3Port, "the local S3 endpoint", "--s3-port");

        SamTemplate template = SamTemplate.load(Project.template(root));
        out.println("claims local stack");
        try (LocalDynamoDbServer dynamo = LocalDynamoDbServer.start(dynamoPort, inMemory ? null : data.resolve("db"))) {
            LocalFunctions functions = new LocalFunctions(template, LocalFunctions.readEnvFile(Project.envFile(root)),
                    new LocalFunctions.Endpoints(dynamo.endpoint(), "http://127.0.0.1:" + s3Port));
            FunctionSpec ingest = ingestFunction(template);
            String table = functions.environment(ingest).get("CLAIMS_TABLE");
            boolean created = LocalDynamoDbServer.ensureTable(dynamo.client(), template, table);
            out.printf("  DynamoDB Local  %s  table %s %s%n", dynamo.endpoint(), table,
                    (created ? "created from template.yaml" : "already there")
                            + (inMemory ? ", in memory" : ", data in " + shown(root, data.resolve("db"))));

            DropFolder folder = new DropFolder(drop);
            boolean firstStart = !Files.exists(drop);
            Files.createDirectories(drop);
            if (firstStart && !options.flag("--no-seed")) {
                copySeeds(root.resolve("seeds"), drop);
            }
            try (LocalS3Server s3 = new LocalS3Server(s3Port, Project.BUCKET, folder)) {
                out.printf("  S3 (read-only)  http://127.0.0.1:%d  bucket %s is the folder %s%n", s3.port(),
                        Project.BUCKET, shown(root, drop));
                DropFolderWatcher watcher = new DropFolderWatcher(folder, stored(dynamo.client(), table),
                        change -> send(functions, ingest.logicalId(), folder, change), out::println);
                try (watcher) {
                    out.println("Sending the drop folder's articles to " + ingest.logicalId() + " ...");
                    watcher.scan();
                    // the API opens only now, so that its first answers already include the articles just sent
                    try (LocalApiServer api = new LocalApiServer(apiPort, functions,
                            line -> out.println("  [" + "LookupFunction" + "] " + line))) {
                        out.printf("  Lookup API      http://127.0.0.1:%d%n", api.port());
                        watcher.start(Duration.ofMillis(500));
                        out.println();
                        out.println("Ready. Drop .txt, .md, .html or .json articles into " + shown(root, drop)
                                + " (removing one removes its claims). Try:");
                        LocalApiServer.exampleUrls(api.port()).forEach(u -> out.println("  curl '" + u + "'"));
                        out.println("Press Ctrl-C to stop.");
                        awaitInterrupt();
                    }
                }
            }
        }
    }

    /** A path as the user would write it: relative to the project when inside it. */
    private static Path shown(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }

    static FunctionSpec ingestFunction(SamTemplate template) {
        return template.functions().stream().filter(f -> !f.s3Events().isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("template.yaml has no function with S3 events"));
    }

    private void send(LocalFunctions functions, String function, DropFolder folder, DropFolderWatcher.Change change) {
        String event;
        if (change.entry() == null) {
            out.println("- " + change.key() + " removed: s3:ObjectRemoved:Delete -> " + function);
            event = S3Events.removed(Project.BUCKET, change.key(), change.sequencer());
        } else {
            Path file = folder.root().resolve(change.key());
            String etag;
            try {
                etag = DropFolder.etag(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.println("+ " + change.key() + ": s3:ObjectCreated:Put -> " + function);
            event = S3Events.created(Project.BUCKET, change.key(), change.entry().size(), etag, change.sequencer());
        }
        functions.invoke(function, event, line -> out.println("  [" + function + "] " + line));
    }

    /**
     * The version the store has of each key, by its sequencer: so that unchanged files aren't sent again and a
     * file removed while the stack was stopped is removed from the store too. A Scan is fine here, in a
     * local tool; the functions never scan.
     */
    private static Map<String, Sequencer> stored(DynamoDbClient db, String table) {
        Map<String, Sequencer> known = new HashMap<>();
        db.scanPaginator(b -> b.tableName(table).filterExpression("sk = :meta AND #s <> :removed")
                        .expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(Map.of(":meta", AttributeValue.fromS("META"),
                                ":removed", AttributeValue.fromS("removed"))))
                .items().forEach(item -> {
                    known.put(item.get("objectKey").s(), new Sequencer(item.get("seq").s()));
                });
        return known;
    }

    private void copySeeds(Path seeds, Path drop) throws IOException {
        if (!Files.isDirectory(seeds)) {
            return;
        }
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                // with its own modification time: a seed is an old file, not one still being written
                Files.copy(f, drop.resolve(f.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                out.println("  seeded " + f.getFileName());
            }
        }
    }

    /** Stops a running {@code serve} as Ctrl-C does. */
    void stop() {
        stopping.countDown();
    }

    /** Waits for Ctrl-C or {@link #stop}; after Ctrl-C the JVM waits a little for the servers to close the database. */
    private void awaitInterrupt() throws InterruptedException {
        Thread hook = new Thread(() -> {
            stopping.countDown();
            try {
                stopped.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        stopping.await();
        out.println("Stopping.");
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is what woke us
        }
    }
}
