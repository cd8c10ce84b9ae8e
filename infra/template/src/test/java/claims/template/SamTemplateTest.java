package claims.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

class SamTemplateTest {

    private static final Path TEMPLATE = Path.of(System.getProperty("claims.root", "../.."), "template.yaml");

    @Test
    void readsTheTableAsDeclared() throws Exception {
        CreateTableRequest table = SamTemplate.load(TEMPLATE).table("t");
        assertEquals("t", table.tableName());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingMode());
        assertEquals("pk", table.keySchema().get(0).attributeName());
        assertEquals("sk", table.keySchema().get(1).attributeName());
        assertEquals("byPosition", table.globalSecondaryIndexes().get(0).indexName());
        assertEquals("expiresAt", SamTemplate.load(TEMPLATE).tableTimeToLiveAttribute());
    }

    @Test
    void readsFunctionsWithGlobalsMergedIntoTheirVariables() throws Exception {
        SamTemplate template = SamTemplate.load(TEMPLATE);
        FunctionSpec ingest = template.function("IngestFunction");
        assertEquals("claims.ingest.IngestHandler", ingest.handlerClass());
        assertEquals("handleRequest", ingest.handlerMethod());
        assertEquals(Map.of("Ref", "ClaimsTable"), ingest.variables().get("CLAIMS_TABLE"));
        assertTrue(ingest.variables().containsKey("AWS_ENDPOINT_URL_S3"));
        assertTrue(ingest.s3Events().contains("s3:ObjectRemoved:*"));
        assertEquals(120, ingest.timeout());
        assertEquals(30, template.function("LookupFunction").timeout(), "the global timeout");
        FunctionSpec lookup = template.function("LookupFunction");
        assertTrue(lookup.routes().contains(new Route("GET", "/claims/{id}")));
        assertTrue(!lookup.variables().containsKey("AWS_ENDPOINT_URL_S3"), "the lookup function never reads S3");
    }

    @Test
    void matchesPathsLikeApiGateway() {
        Route route = new Route("GET", "/articles/{id}/claims");
        assertEquals(Optional.of(Map.of("id", "a b.txt")), route.match("/articles/a%20b.txt/claims"));
        assertEquals(Optional.empty(), route.match("/articles//claims"));
        assertEquals(Optional.empty(), route.match("/articles/x"));
        assertEquals(Optional.empty(), route.match("/articles/x/claims/y"));
        assertEquals(Optional.of(Map.of()), new Route("GET", "/claims").match("/claims"));
        assertEquals(Optional.of(Map.of("p", "a/b")), new Route("GET", "/f/{p+}").match("/f/a/b"));
    }
}
