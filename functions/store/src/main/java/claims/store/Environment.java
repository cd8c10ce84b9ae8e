package claims.store;

import java.net.URI;
import java.util.Map;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The functions' configuration: environment variables that template.yaml sets. The endpoint variables are
 * the SDK's own ({@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL_S3}); they are read from the given
 * map rather than left to the SDK so that the local stack can run a function with the variables the
 * template and infra/env give it, without a process of its own.
 */
public final class Environment {

    public static final String TABLE = "CLAIMS_TABLE";
    public static final String REGION = "AWS_REGION";
    public static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = variables;
    }

    /** A variable the function can't run without; fails at start-up with what to set, not at the first event. */
    public String require(String name, String what) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: it names " + what + " (template.yaml sets it)");
        }
        return value;
    }

    /** A variable that may be absent: null then. */
    public String optional(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public String table() {
        return require(TABLE, "the DynamoDB table of articles and claims");
    }

    public DynamoDbClient dynamoDb() {
        DynamoDbClientBuilder b = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = optional(DYNAMODB_ENDPOINT);
        if (endpoint != null) {
            b.endpointOverride(URI.create(endpoint));
        }
        String region = optional(REGION);
        if (region != null) {
            b.region(Region.of(region));
        }
        return b.build();
    }
}
