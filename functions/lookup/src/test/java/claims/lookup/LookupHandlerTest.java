package claims.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.jr.ob.JSON;

import org.mockito.AdditionalAnswers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import claims.store.ArticleMeta;
import claims.store.ClaimReader;
import claims.store.ClaimWriter;
import claims.store.LocalDynamoDb;
import claims.store.Sequencer;
import claims.store.StoredClaim;

/** The lookup function with the sample API events of infra/events, against DynamoDB Local. */
class LookupHandlerTest {

    static final String EVENTS = LocalDynamoDb.ROOT.resolve("infra/events").toString();
    static final String ARTICLE = "north-korean-soldiers-russia.txt";

    private static LocalDynamoDb dynamo;
    private static LookupHandler handler;

    @BeforeAll
    static void start() {
        dynamo = new LocalDynamoDb();
        ClaimWriter writer = new ClaimWriter(dynamo.client(), LocalDynamoDb.TABLE, Duration.ofMinutes(3), Duration.ZERO);
        List<StoredClaim> claims = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String claimant = i < 5 ? "Alexander Lukashenko" : "Kim Yong Hyun";
            claims.add(claim(i * 100, claimant, i == 0 ? "He" : "Lukashenko", "claim " + i, "North Korea"));
        }
        writer.publish(writer.acquire(ARTICLE, ARTICLE, new Sequencer("01")).orElseThrow(),
                new ArticleMeta("Seoul reports", null, null, null, "txt", 4000), claims);
        handler = new LookupHandler(new LookupApi(new ClaimReader(dynamo.client(), LocalDynamoDb.TABLE)));
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    private static StoredClaim claim(int pos, String claimant, String mention, String text, String about) {
        String id = ARTICLE + ":" + Integer.toHexString(text.hashCode());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("article", ARTICLE);
        doc.put("text", text);
        doc.put("claimant", Map.of("name", claimant));
        return new StoredClaim(id, pos, claimant, List.of(mention), List.of(about), doc);
    }

    static Context context() {
        Context context = mock(Context.class);
        when(context.getAwsRequestId()).thenReturn("req-1");
        when(context.getLogger()).thenReturn(mock(LambdaLogger.class));
        return context;
    }

    static Map<String, Object> body(APIGatewayV2HTTPResponse response) throws Exception {
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("content-type"));
        return JSON.std.mapFrom(response.getBody());
    }

    private static APIGatewayV2HTTPResponse call(String eventFile) {
        return handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(EVENTS + "/" + eventFile), context());
    }

    private static APIGatewayV2HTTPResponse get(String path, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(EVENTS + "/api-claims-by-claimant.json");
        event.setRawPath(path);
        event.setQueryStringParameters(query);
        return handler.handleRequest(event, context());
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsAClaimantsClaimsWithTheSampleEvent() throws Exception {
        APIGatewayV2HTTPResponse response = call("api-claims-by-claimant.json");
        assertEquals(200, response.getStatusCode());
        List<Map<String, Object>> claims = (List<Map<String, Object>>) body(response).get("claims");
        assertEquals(5, claims.size());
        assertTrue(claims.stream().allMatch(c -> ((Map<String, Object>) c.get("claimant")).get("name")
                .equals("Alexander Lukashenko")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySampleApiEventGetsItsAnswer() throws Exception {
        assertEquals(7, ((List<Object>) body(call("api-claims-about.json")).get("claims")).size());
        Map<String, Object> article = body(call("api-article.json"));
        assertEquals("ok", article.get("status"));
        assertEquals(7, article.get("claimCount"));
        Map<String, Object> page = body(call("api-article-claims.json"));
        assertEquals(5, ((List<Object>) page.get("claims")).size(), "the event asks for limit=5");
        assertNotNull(page.get("cursor"));
        List<Map<String, Object>> claimants = (List<Map<String, Object>>) body(call("api-claimants.json")).get("claimants");
        assertEquals(List.of("Kim Yong Hyun"), claimants.stream().map(c -> c.get("name")).toList());
        APIGatewayV2HTTPResponse bad = call("api-bad-request.json");
        assertEquals(400, bad.getStatusCode());
        assertEquals("limit must be a whole number from 1 to 100, not '1000'", body(bad).get("error"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesWithTheCursorItGives() throws Exception {
        List<Object> all = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> query = new LinkedHashMap<>(Map.of("limit", "3"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            Map<String, Object> page = body(get("/articles/" + ARTICLE + "/claims", query));
            all.addAll((List<Object>) page.get("claims"));
            cursor = (String) page.get("cursor");
        } while (cursor != null);
        assertEquals(7, all.size());
        assertEquals("claim 0", ((Map<String, Object>) all.get(0)).get("text"));
        assertEquals("claim 6", ((Map<String, Object>) all.get(6)).get("text"));
    }

    @Test
    void getsAClaimByTheIdTheListsGive() throws Exception {
        String id = ARTICLE + ":" + Integer.toHexString("claim 3".hashCode());
        APIGatewayV2HTTPResponse response = get("/claims/" + id, null);
        assertEquals(200, response.getStatusCode());
        assertEquals("claim 3", body(response).get("text"));
    }

    @Test
    void badRequestsGetA4xxThatSaysWhatIsWrong() throws Exception {
        assertError(400, "give exactly one of claimant or about", get("/claims", null));
        assertError(400, "give exactly one of claimant or about", get("/claims", Map.of("claimant", "a", "about", "b")));
        assertError(400, "unknown parameter 'claimnt'; this endpoint takes about, claimant, cursor, limit",
                get("/claims", Map.of("claimnt", "lukashenko")));
        assertError(400, "limit must be a whole number from 1 to 100, not 'ten'",
                get("/claims", Map.of("claimant", "x", "limit", "ten")));
        assertError(400, "cursor is not one this API gave out",
                get("/claims", Map.of("claimant", "x", "cursor", "%%%")));
        assertError(400, "claimant must contain at least one letter or digit", get("/claims", Map.of("claimant", "?!")));
        assertError(400, "give the start of a name", get("/claimants", null));
        assertError(400, "parameter 'prefix' is empty", get("/claimants", Map.of("prefix", " ")));
        assertError(404, "no claim with id " + ARTICLE + ":0123456789", get("/claims/" + ARTICLE + ":0123456789", null));
        assertError(400, "'" + ARTICLE + ":nope' is not a claim id", get("/claims/" + ARTICLE + ":nope", null));
        assertError(400, "'a b' is not an article id", get("/articles/a%20b", null));
        assertError(404, "no article with id missing.txt", get("/articles/missing.txt", null));
        assertError(404, "no article with id missing.txt", get("/articles/missing.txt/claims", null));
        assertError(404, "no such endpoint: /nowhere", get("/nowhere", null));
    }

    private static void assertError(int status, String message, APIGatewayV2HTTPResponse response) throws Exception {
        assertEquals(status, response.getStatusCode(), response.getBody());
        Map<String, Object> body = body(response);
        assertTrue(((String) body.get("error")).startsWith(message), body.toString());
        assertEquals(status, body.get("status"));
        assertFalse(response.getBody().contains("at claims."), "no stack trace: " + response.getBody());
    }

    @Test
    void everyLookupIsAQueryOrAGetItemNeverAScan() throws Exception {
        DynamoDbClient watched = mock(DynamoDbClient.class, AdditionalAnswers.delegatesTo(dynamo.client()));
        LookupHandler spied = new LookupHandler(new LookupApi(new ClaimReader(watched, LocalDynamoDb.TABLE)));
        for (String file : List.of("api-claims-by-claimant.json", "api-claims-about.json", "api-article.json",
                "api-article-claims.json", "api-claimants.json")) {
            assertEquals(200, spied.handleRequest(EventLoader.loadApiGatewayHttpEvent(EVENTS + "/" + file), context())
                    .getStatusCode(), file);
        }
        verify(watched, never()).scan(any(ScanRequest.class));
        verify(watched, never()).scanPaginator(any(ScanRequest.class));
        verify(watched, atLeastOnce()).query(any(QueryRequest.class));
    }

    @Test
    void aClaimantWithNoClaimsIsAnEmptyListNotAnError() throws Exception {
        Map<String, Object> body = body(get("/claims", Map.of("claimant", "nobody at all")));
        assertEquals(List.of(), body.get("claims"));
        assertTrue(body.containsKey("cursor"), "the last page says so: " + body);
        assertNull(body.get("cursor"));
    }
}
