package claims.store;

import java.nio.file.Path;

import claims.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/** DynamoDB Local in-process, with the claims table created exactly as template.yaml declares it. */
public final class LocalDynamoDb implements AutoCloseable {

    public static final String TABLE = "claims-test";
    public static final Path ROOT = Path.of(System.getProperty("claims.root", "../.."));

    private final AmazonDynamoDBLocal local;
    private final DynamoDbClient client;

    public LocalDynamoDb() {
        local = DynamoDBEmbedded.create(true); // true: no telemetry
        client = local.dynamoDbClient();
        try {
            client.createTable(SamTemplate.load(ROOT.resolve("template.yaml")).table(TABLE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public DynamoDbClient client() {
        return client;
    }

    /** Every item in the table: tests may scan, to check that nothing is left behind; the service never does. */
    public java.util.List<java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> allItems() {
        return client.scanPaginator(b -> b.tableName(TABLE)).items().stream().toList();
    }

    @Override
    public void close() {
        client.close();
        local.shutdownNow();
    }
}
