package claims.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * What the local stack and the tests need from {@code template.yaml}: the table to create and the functions
 * with their handlers, environment variables and HTTP routes. Read from the template so that nothing is
 * declared twice.
 */
public final class SamTemplate {

    private final Map<String, Object> resources;
    private final Map<String, Object> globalVariables;
    private final Object globalTimeout;

    private SamTemplate(Map<String, Object> doc) {
        this.resources = map(doc.get("Resources"), "Resources");
        Map<String, Object> globals = map(doc.getOrDefault("Globals", Map.of()), "Globals");
        Map<String, Object> globalFunction = map(globals.getOrDefault("Function", Map.of()), "Globals.Function");
        this.globalVariables = variables(globalFunction);
        this.globalTimeout = globalFunction.get("Timeout");
    }

    public static SamTemplate load(Path path) throws IOException {
        try {
            return new SamTemplate(CloudFormationYaml.load(path));
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ": " + e.getMessage(), e);
        }
    }

    /** The serverless functions, in template order. */
    public List<FunctionSpec> functions() {
        List<FunctionSpec> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : resources.entrySet()) {
            Map<String, Object> resource = map(e.getValue(), e.getKey());
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                out.add(function(e.getKey(), map(resource.getOrDefault("Properties", Map.of()), e.getKey())));
            }
        }
        return out;
    }

    public FunctionSpec function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml has no function " + logicalId
                        + "; it has " + functions().stream().map(FunctionSpec::logicalId).toList()));
    }

    /** The one DynamoDB table of the template, as a create request for a table of the given name. */
    public CreateTableRequest table(String tableName) {
        Map<String, Object> props = null;
        for (Map.Entry<String, Object> e : resources.entrySet()) {
            Map<String, Object> resource = map(e.getValue(), e.getKey());
            if ("AWS::DynamoDB::Table".equals(resource.get("Type"))) {
                if (props != null) {
                    throw new IllegalArgumentException("template.yaml declares more than one table");
                }
                props = map(resource.get("Properties"), e.getKey());
            }
        }
        if (props == null) {
            throw new IllegalArgumentException("template.yaml declares no AWS::DynamoDB::Table");
        }
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(tableName)
                .attributeDefinitions(list(props.get("AttributeDefinitions")).stream()
                        .map(a -> map(a, "AttributeDefinitions"))
                        .map(a -> AttributeDefinition.builder().attributeName(string(a.get("AttributeName")))
                                .attributeType(string(a.get("AttributeType"))).build())
                        .toList())
                .keySchema(keySchema(props.get("KeySchema")))
                .billingMode(BillingMode.fromValue(String.valueOf(props.getOrDefault("BillingMode", "PROVISIONED"))));
        List<LocalSecondaryIndex> lsis = list(props.getOrDefault("LocalSecondaryIndexes", List.of())).stream()
                .map(i -> map(i, "LocalSecondaryIndexes"))
                .map(i -> LocalSecondaryIndex.builder().indexName(string(i.get("IndexName")))
                        .keySchema(keySchema(i.get("KeySchema"))).projection(projection(i.get("Projection"))).build())
                .toList();
        if (!lsis.isEmpty()) {
            b.localSecondaryIndexes(lsis);
        }
        List<GlobalSecondaryIndex> gsis = list(props.getOrDefault("GlobalSecondaryIndexes", List.of())).stream()
                .map(i -> map(i, "GlobalSecondaryIndexes"))
                .map(i -> GlobalSecondaryIndex.builder().indexName(string(i.get("IndexName")))
                        .keySchema(keySchema(i.get("KeySchema"))).projection(projection(i.get("Projection"))).build())
                .toList();
        if (!gsis.isEmpty()) {
            b.globalSecondaryIndexes(gsis);
        }
        return b.build();
    }

    /** The table's time-to-live attribute, or null. */
    public String tableTimeToLiveAttribute() {
        for (Object r : resources.values()) {
            Map<String, Object> resource = map(r, "resource");
            if ("AWS::DynamoDB::Table".equals(resource.get("Type"))) {
                Object ttl = map(resource.get("Properties"), "table").get("TimeToLiveSpecification");
                return ttl == null ? null : (String) map(ttl, "TimeToLiveSpecification").get("AttributeName");
            }
        }
        return null;
    }

    private FunctionSpec function(String logicalId, Map<String, Object> props) {
        Map<String, Object> vars = new LinkedHashMap<>(globalVariables);
        vars.putAll(variables(props));
        List<Route> routes = new ArrayList<>();
        List<String> s3Events = new ArrayList<>();
        for (Map.Entry<String, Object> e : map(props.getOrDefault("Events", Map.of()), "Events").entrySet()) {
            Map<String, Object> event = map(e.getValue(), e.getKey());
            Map<String, Object> eventProps = map(event.getOrDefault("Properties", Map.of()), e.getKey());
            String type = String.valueOf(event.get("Type"));
            if (type.equals("HttpApi")) {
                routes.add(new Route(String.valueOf(eventProps.get("Method")).toUpperCase(java.util.Locale.ROOT),
                        string(eventProps.get("Path"))));
            } else if (type.equals("S3")) {
                Object events = eventProps.get("Events");
                if (events instanceof List<?> l) {
                    l.forEach(x -> s3Events.add(String.valueOf(x)));
                } else {
                    s3Events.add(String.valueOf(events));
                }
            }
        }
        Object timeout = props.getOrDefault("Timeout", globalTimeout);
        return new FunctionSpec(logicalId, string(props.get("Handler")), String.valueOf(props.get("CodeUri")),
                vars, routes, s3Events, timeout instanceof Integer seconds ? seconds : null);
    }

    private static Map<String, Object> variables(Map<String, Object> props) {
        Object env = props.get("Environment");
        if (env == null) {
            return Map.of();
        }
        return map(map(env, "Environment").getOrDefault("Variables", Map.of()), "Environment.Variables");
    }

    private static List<KeySchemaElement> keySchema(Object schema) {
        return list(schema).stream().map(k -> map(k, "KeySchema"))
                .map(k -> KeySchemaElement.builder().attributeName(string(k.get("AttributeName")))
                        .keyType(string(k.get("KeyType"))).build())
                .toList();
    }

    private static Projection projection(Object projection) {
        Map<String, Object> p = map(projection, "Projection");
        Projection.Builder b = Projection.builder().projectionType(string(p.get("ProjectionType")));
        if (p.get("NonKeyAttributes") != null) {
            b.nonKeyAttributes(list(p.get("NonKeyAttributes")).stream().map(String::valueOf).toList());
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException(what + " is not a mapping");
        }
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("expected a list, found " + o);
        }
        return (List<Object>) o;
    }

    private static String string(Object o) {
        if (!(o instanceof String s)) {
            throw new IllegalArgumentException("expected a literal string, found " + o);
        }
        return s;
    }
}
