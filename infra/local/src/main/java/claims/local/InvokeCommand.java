package claims.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import claims.template.SamTemplate;

/**
 * {@code invoke FUNCTION --event FILE}: the no-Docker twin of {@code sam local invoke}. Runs the function
 * template.yaml names with the event, against the running local stack if there is one, else against the
 * local store directly (its DynamoDB Local and drop folder, started for this invocation). The response goes
 * to standard output as JSON, the function's log to standard error.
 */
final class InvokeCommand {

    static final Set<String> VALUED = Set.of("--event", "--data", "--drop", "--dynamodb-port", "--s3-port");

    private final PrintStream out;
    private final PrintStream err;

    InvokeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(Options options) throws Exception {
        if (options.arguments().size() != 1 || options.value("--event") == null) {
            throw new Options.UsageException("invoke needs a FUNCTION (a logical id in template.yaml) and --event FILE");
        }
        String function = options.arguments().get(0);
        Path eventFile = Path.of(options.value("--event"));
        if (!Files.isRegularFile(eventFile)) {
            throw new Options.UsageException("no such event file: " + eventFile);
        }
        String event = Files.readString(eventFile);
        Path root = Project.root();
        SamTemplate template = SamTemplate.load(Project.template(root));
        template.function(function); // fails early, naming the functions there are
        Path data = options.path("--data", root.resolve(".claims"));
        Path drop = options.path("--drop", data.resolve("bucket")).toAbsolutePath().normalize();
        int dynamoPort = options.port("--dynamodb-port", 8000);
        int s3Port = options.port("--s3-port", 4566);
        var envFile = LocalFunctions.readEnvFile(Project.envFile(root));

        if (listening(dynamoPort)) {
            err.println("invoke: using the running local stack (DynamoDB Local on port " + dynamoPort + ")");
            LocalFunctions functions = new LocalFunctions(template, envFile, new LocalFunctions.Endpoints(
                    "http://127.0.0.1:" + dynamoPort, "http://127.0.0.1:" + s3Port));
            out.println(functions.invoke(function, event, err::println));
            return;
        }
        err.println("invoke: no local stack running; using the local store in " + data + " directly");
        try (LocalDynamoDbServer dynamo = LocalDynamoDbServer.start(dynamoPort, data.resolve("db"));
             LocalS3Server s3 = new LocalS3Server(s3Port, Project.BUCKET, new DropFolder(drop))) {
            LocalFunctions functions = new LocalFunctions(template, envFile,
                    new LocalFunctions.Endpoints(dynamo.endpoint(), "http://127.0.0.1:" + s3.port()));
            String table = functions.environment(ServeCommand.ingestFunction(template)).get("CLAIMS_TABLE");
            LocalDynamoDbServer.ensureTable(dynamo.client(), template, table);
            out.println(functions.invoke(function, event, err::println));
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
