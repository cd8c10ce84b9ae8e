package claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.jr.ob.JSON;

import claims.extract.ClaimDocuments;
import claims.extract.ClaimExtractor;
import claims.store.ArticleIds;
import claims.template.SamTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole path: an article in a real S3 API server (S3Mock), the S3 event JSON that AWS sends, the ingest
 * function as template.yaml declares it, DynamoDB Local, and the claims out through the lookup function's
 * API Gateway events.
 */
class EndToEndTest {

    static final Path ROOT = TemplateContractTest.ROOT;
    static final String SEED = "north-korean-soldiers-russia.txt";

    @RegisterExtension
    static final S3MockExtension S3 = S3MockExtension.builder().silent().withSecureConnection(false)
            .withInitialBuckets(Project.BUCKET).build();

    private static LocalDynamoDbServer dynamo;
    private static LocalFunctions functions;
    private static S3Client s3;
    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        dynamo = LocalDynamoDbServer.start(port, null);
        SamTemplate template = SamTemplate.load(ROOT.resolve("template.yaml"));
        functions = new LocalFunctions(template, LocalFunctions.readEnvFile(ROOT.resolve("infra/env/sam-local.json")),
                new LocalFunctions.Endpoints(dynamo.endpoint(), S3.getServiceEndpoint()));
        LocalDynamoDbServer.ensureTable(dynamo.client(), template,
                functions.environment(template.function("IngestFunction")).get("CLAIMS_TABLE"));
        s3 = S3.createS3ClientV2();
    }

    @AfterAll
    static void stop() throws Exception {
        dynamo.close();
    }

    private static String event(String file) throws Exception {
        return Files.readString(ROOT.resolve("infra/events").resolve(file));
    }

    private String ingest(String eventJson) {
        return functions.invoke("IngestFunction", eventJson, log::add);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lookup(String eventJson) throws Exception {
        Map<String, Object> response = JSON.std.mapFrom(functions.invoke("LookupFunction", eventJson, line -> { }));
        Map<String, Object> out = new java.util.HashMap<>(JSON.std.mapFrom((String) response.get("body")));
        out.put("statusCode", response.get("statusCode"));
        return out;
    }

    private static Map<String, Object> get(String rawPath, String rawQuery) throws Exception {
        Map<String, Object> event = JSON.std.mapFrom(event("api-claims-by-claimant.json"));
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery);
        event.put("queryStringParameters", LocalApiServer.query(rawQuery));
        return lookup(JSON.std.asString(event));
    }

    private static void put(String key, String text) {
        s3.putObject(b -> b.bucket(Project.BUCKET).key(key), RequestBody.fromString(text, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeedArticlesClaimsComeOutThroughTheLookupApi() throws Exception {
        put(SEED, Files.readString(ROOT.resolve("seeds").resolve(SEED)));
        String outcome = ingest(event("s3-put.json"));
        assertTrue(outcome.contains(SEED + ": ingested"), outcome);

        Map<String, Object> byClaimant = lookup(event("api-claims-by-claimant.json"));
        assertEquals(200, byClaimant.get("statusCode"));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) byClaimant.get("claims");
        assertTrue(claims.size() >= 4, "Lukashenko makes several claims: " + claims);
        for (Map<String, Object> claim : claims) {
            assertEquals("Alexander Lukashenko", ((Map<String, Object>) claim.get("claimant")).get("name"));
            assertEquals(SEED, claim.get("article"));
        }
        Map<String, Object> told = claims.stream()
                .filter(c -> c.get("cue") != null && "told".equals(((Map<String, Object>) c.get("cue")).get("text")))
                .findFirst().orElseThrow(() -> new AssertionError("no 'told' claim: " + claims));
        assertEquals("He", ((Map<String, Object>) ((Map<String, Object>) told.get("claimant")).get("mention")).get("text"));
        assertEquals("deny", told.get("stance"));

        Map<String, Object> article = lookup(event("api-article.json"));
        assertEquals("ok", article.get("status"));
        assertTrue(((Number) article.get("claimCount")).intValue() >= 20, article.toString());
        assertEquals(claims.size(), ((List<Object>) get("/claims", "claimant=Alexander%20Lukashenko").get("claims")).size());
        assertTrue(!((List<Object>) lookup(event("api-claims-about.json")).get("claims")).isEmpty());

        assertTrue(ingest(event("s3-put.json")).contains("skipped"), "a replayed event changes nothing");

        // the API gives exactly what the extract command writes, field for field and in the same order
        String text = Files.readString(ROOT.resolve("seeds").resolve(SEED));
        String expected = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(
                ClaimDocuments.of(SEED, new ClaimExtractor().extract(text)));
        List<Object> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = get("/articles/" + SEED + "/claims", "limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
            all.addAll((List<Object>) page.get("claims"));
            cursor = (String) page.get("cursor");
        } while (cursor != null);
        assertEquals(expected, JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(all));

        s3.deleteObject(b -> b.bucket(Project.BUCKET).key(SEED));
        assertTrue(ingest(event("s3-delete.json")).contains(SEED + ": removed"));
        assertEquals(404, lookup(event("api-article.json")).get("statusCode"));
        assertEquals(List.of(), lookup(event("api-claims-by-claimant.json")).get("claims"));
        assertTrue(ingest(event("s3-put.json")).contains("skipped"), "the put is older than the removal");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReplacedArticleKeepsOnlyItsNewClaimsAndStaleEventsAreTurnedAway() throws Exception {
        String key = "desk/bridge story.txt";
        String id = ArticleIds.of(key);
        put(key, "Bridge\n\nMayor Ann Smith said the bridge will open in May.\n");
        String v1 = S3Events.created(Project.BUCKET, key, 50, "e1", S3Events.sequencer(1_000_000_000_000L));
        assertTrue(ingest(v1).contains(": ingested"), log.toString());
        put(key, "Bridge\n\nMayor Ann Smith said the bridge is delayed until 2027.\n");
        assertTrue(ingest(S3Events.created(Project.BUCKET, key, 60, "e2", S3Events.sequencer(2_000_000_000_000L))).contains(": ingested"));
        assertTrue(ingest(v1).contains("skipped"), "the first version's event, late, is stale");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) get("/articles/" + id + "/claims", "").get("claims");
        assertEquals(1, claims.size(), claims.toString());
        assertTrue(((String) claims.get(0).get("text")).contains("delayed"));
        assertEquals(List.of(), ((List<Object>) get("/claims", "claimant=smith").get("claims")).stream()
                .filter(c -> ((Map<String, Object>) c).get("text").toString().contains("May")).toList());
    }

    @Test
    void keysArriveUrlEncodedAndAreReadDecoded() throws Exception {
        String key = "My Article (1).txt";
        put(key, "Officials said the talks had collapsed.\n");
        String event = S3Events.created(Project.BUCKET, key, 40, "e", S3Events.sequencer(3_000_000_000_000L));
        assertTrue(event.contains("My+Article+%281%29.txt"), event);
        assertTrue(ingest(event).contains(": ingested"), log.toString());
        assertEquals("ok", get("/articles/" + ArticleIds.of(key), "").get("status"));
    }

    @Test
    void anUnreadableArticleIsRecordedAsFailedWithItsReason() throws Exception {
        String key = "scan.pdf";
        s3.putObject(b -> b.bucket(Project.BUCKET).key(key), RequestBody.fromBytes("%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1)));
        String outcome = ingest(S3Events.created(Project.BUCKET, key, 20, "e", S3Events.sequencer(4_000_000_000_000L)));
        assertTrue(outcome.contains("scan.pdf: failed"), outcome);
        Map<String, Object> article = get("/articles/scan.pdf", "");
        assertEquals(200, article.get("statusCode"));
        assertEquals("failed", article.get("status"));
        assertTrue(((String) article.get("reason")).contains(".pdf"), article.toString());
        assertEquals(0, article.get("claimCount"));
    }

    @Test
    void aRemovalThatOvertakesItsPutWins() throws Exception {
        String key = "overtaken.txt";
        put(key, "The minister said the plan was final.\n");
        s3.deleteObject(b -> b.bucket(Project.BUCKET).key(key));
        assertTrue(ingest(S3Events.removed(Project.BUCKET, key, S3Events.sequencer(DropFolderWatcher.nanos(java.time.Instant.now())))).contains(": removed"));
        assertTrue(ingest(S3Events.created(Project.BUCKET, key, 30, "e", S3Events.sequencer(5_000_000_000_000L))).contains("skipped"));
        assertEquals(404, get("/articles/overtaken.txt", "").get("statusCode"));
    }
}
