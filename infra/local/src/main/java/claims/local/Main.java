package claims.local;

import java.util.List;
import java.util.Set;

/** claims-local: the local stack's commands. */
public final class Main {

    static final String USAGE = """
            usage: java -jar infra/local/target/claims-local.jar COMMAND ...

              serve [--port N] [--drop DIR] [--data DIR] [--in-memory] [--no-seed] [--dynamodb-port N] [--s3-port N]
                  DynamoDB Local (data in .claims/db, port 8000), the drop folder .claims/bucket/ as the articles
                  bucket (read-only S3 endpoint on port 4566), and the lookup API on http://127.0.0.1:3000.
                  On first start the articles in seeds/ are copied into the drop folder.
              extract FILE|DIR...
                  The claims of each article as JSON Lines on standard output; nothing is stored.
              invoke FUNCTION --event FILE [--data DIR] [--drop DIR] [--dynamodb-port N] [--s3-port N]
                  Runs a function of template.yaml (IngestFunction, LookupFunction) with an event, e.g.
                  infra/events/api-claims-by-claimant.json, against the local store: sam local invoke without Docker.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || Set.of("help", "-h", "--help").contains(args[0])) {
            System.out.print(USAGE);
            return;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "serve" -> new ServeCommand(System.out).run(new Options(rest, ServeCommand.VALUED, ServeCommand.FLAGS));
                case "extract" -> {
                    int unreadable = new ExtractCommand(System.out, System.err).run(new Options(rest, Set.of(), Set.of()));
                    System.exit(unreadable == 0 ? 0 : 3);
                }
                case "invoke" -> new InvokeCommand(System.out, System.err).run(new Options(rest, InvokeCommand.VALUED, Set.of()));
                default -> throw new Options.UsageException("unknown command " + args[0]);
            }
            // DynamoDB Local leaves a non-daemon thread running after it stops
            System.exit(0);
        } catch (Options.UsageException e) {
            System.err.println("claims-local: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("claims-local: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
    }
}
