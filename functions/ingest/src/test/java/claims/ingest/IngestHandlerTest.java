package claims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;

import claims.article.ArticleParser;
import claims.extract.ClaimExtractor;
import claims.store.ClaimReader;
import claims.store.ClaimWriter;
import claims.store.LocalDynamoDb;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The ingest handler's error paths. S3 is a Mockito mock here, for what a real server won't do on demand
 * (throttle, fail with a 5xx); the S3 read path itself is tested against S3Mock in infra/local.
 */
class IngestHandlerTest {

    private static final String EVENTS = LocalDynamoDb.ROOT.resolve("infra/events").toString();
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static LocalDynamoDb dynamo;

    private final S3Client s3 = mock(S3Client.class);
    private final ClaimReader reader = new ClaimReader(dynamo.client(), LocalDynamoDb.TABLE);
    private final List<String> logged = new ArrayList<>();

    @BeforeAll
    static void start() {
        dynamo = new LocalDynamoDb();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    private IngestHandler handler(DynamoDbClient db) {
        ClaimWriter writer = new ClaimWriter(db, LocalDynamoDb.TABLE, Duration.ofMinutes(3), Duration.ZERO);
        return new IngestHandler(new Ingestor(new S3ArticleSource(s3), new ArticleParser(), EXTRACTOR, writer,
                logged::add));
    }

    private Context context() {
        Context context = mock(Context.class);
        LambdaLogger logger = mock(LambdaLogger.class);
        doAnswer(call -> logged.add(call.getArgument(0))).when(logger).log(anyString());
        when(context.getLogger()).thenReturn(logger);
        return context;
    }

    private static final String SAMPLE_SEQUENCER = "00671B64C80000000A";

    /** A record like those of the sample put event. */
    private static S3EventNotificationRecord record(String eventName, String key, long size, String sequencer) {
        S3EventNotificationRecord sample = EventLoader.loadS3Event(EVENTS + "/s3-put.json").getRecords().get(0);
        return new S3EventNotificationRecord(sample.getAwsRegion(), eventName, "aws:s3", "2024-10-25T09:30:00.000Z",
                "2.1", null, null, new S3EventNotification.S3Entity("ArticleChanged", sample.getS3().getBucket(),
                        new S3EventNotification.S3ObjectEntity(key, size, "etag", null, sequencer), "1.0"), null);
    }

    /** A put event with one record per key; "no-sequencer.txt" gets a record without a sequencer. */
    private static S3Event putEvent(String... keys) {
        List<S3EventNotificationRecord> records = new ArrayList<>();
        for (String key : keys) {
            records.add(record("ObjectCreated:Put", key, 100,
                    key.equals("no-sequencer.txt") ? null : SAMPLE_SEQUENCER));
        }
        return new S3Event(records);
    }

    private void s3Returns(String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        when(s3.getObject(requestFor(key))).thenAnswer(
                call -> new ResponseInputStream<>(GetObjectResponse.builder().contentLength((long) bytes.length).build(),
                        AbortableInputStream.create(new ByteArrayInputStream(bytes))));
    }

    private static GetObjectRequest requestFor(String key) {
        return argThat(r -> r != null && "claims-articles-local".equals(r.bucket()) && key.equals(r.key()));
    }

    private static S3Exception slowDown() {
        return (S3Exception) S3Exception.builder().statusCode(503).message("Please reduce your request rate.")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("SlowDown").build()).build();
    }

    @Test
    void aThrottledReadFailsTheInvocationSoLambdaRetriesButTheOtherRecordsAreApplied() {
        when(s3.getObject(requestFor("throttled.txt"))).thenThrow(slowDown());
        s3Returns("fine.txt", "The mayor said the bridge would reopen on Monday.\n");
        IngestHandler handler = handler(dynamo.client());

        S3Exception thrown = assertThrows(S3Exception.class,
                () -> handler.handleRequest(putEvent("throttled.txt", "fine.txt", "no-sequencer.txt"), context()));
        assertEquals(503, thrown.statusCode());
        assertEquals("ok", reader.article("fine.txt").orElseThrow().get("status"), "the good record was applied");
        assertTrue(logged.stream().anyMatch(l -> l.contains("skipped an S3 record: an S3 sequencer")), logged.toString());
        assertTrue(((String) reader.article("throttled.txt").orElseThrow().get("reason"))
                .startsWith("the last attempt failed and will be retried: Please reduce your request rate."),
                "the API says why it is still processing");
        assertTrue(logged.stream().anyMatch(l -> l.contains("failed on s3://claims-articles-local/throttled.txt, will retry")));

        // Lambda's retry, let in at once: the applied record is a replay now, the throttled one goes through
        s3Returns("throttled.txt", "Officials said the road was closed.\n");
        String outcome = handler.handleRequest(putEvent("throttled.txt", "fine.txt"), context());
        assertTrue(outcome.contains("throttled.txt: ingested"), outcome);
        assertTrue(outcome.contains("fine.txt: skipped"), outcome);
    }

    @Test
    void aStoreFailingWithA5xxPropagatesSoLambdaRetries() {
        DynamoDbClient failing = mock(DynamoDbClient.class);
        DynamoDbException error = (DynamoDbException) DynamoDbException.builder().statusCode(500)
                .message("Internal server error")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build()).build();
        when(failing.updateItem(any(UpdateItemRequest.class))).thenThrow(error);
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> handler(failing).handleRequest(putEvent("any.txt"), context()));
        assertSame(error, thrown);
    }

    @Test
    void anArticleTooLargeByItsEventIsFailedWithoutReadingIt() {
        S3Event huge = new S3Event(List.of(record("ObjectCreated:Put", "huge.txt", (long) ArticleParser.MAX_BYTES + 1,
                SAMPLE_SEQUENCER)));
        String outcome = handler(dynamo.client()).handleRequest(huge, context());
        assertTrue(outcome.contains("huge.txt: failed (too large"), outcome);
        verify(s3, never()).getObject(any(GetObjectRequest.class));
        Map<String, Object> article = reader.article("huge.txt").orElseThrow();
        assertEquals("failed", article.get("status"));
    }

    @Test
    void aRequestAwsWillNeverAcceptMarksTheArticleFailedInsteadOfFailingEveryRetry() {
        DynamoDbClient rejecting = mock(DynamoDbClient.class, AdditionalAnswers.delegatesTo(dynamo.client()));
        doThrow(DynamoDbException.builder().statusCode(400).message("Item size has exceeded the maximum allowed size")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                        .errorMessage("Item size has exceeded the maximum allowed size").build()).build())
                .when(rejecting).batchWriteItem(any(java.util.function.Consumer.class));
        s3Returns("rejected.txt", "The minister said the talks had failed.\n");
        String outcome = handler(rejecting).handleRequest(putEvent("rejected.txt"), context());
        assertEquals("rejected.txt: failed (can't be read or stored: Item size has exceeded the maximum allowed size)",
                outcome);
        assertEquals("failed", reader.article("rejected.txt").orElseThrow().get("status"));
    }

    @Test
    void aPutWhoseObjectIsGoneRemovesTheArticleAndARemovalOfAnObjectStillThereKeepsIt() {
        s3Returns("gone.txt", "The minister said the talks had failed.\n");
        handler(dynamo.client()).handleRequest(putEvent("gone.txt"), context());
        when(s3.getObject(requestFor("gone.txt"))).thenThrow(NoSuchKeyException.builder().statusCode(404).build());
        S3Event newer = new S3Event(List.of(record("ObjectCreated:Put", "gone.txt", 100, "0099")));
        assertEquals("gone.txt: removed (the object no longer exists)",
                handler(dynamo.client()).handleRequest(newer, context()));
        assertTrue(reader.article("gone.txt").isEmpty());

        // in a versioned bucket, removing one version may leave the object: its current version is the article
        s3Returns("kept.txt", "The mayor said the bridge would reopen.\n");
        when(s3.headObject(any(HeadObjectRequest.class))).thenReturn(HeadObjectResponse.builder().build());
        S3Event removal = new S3Event(List.of(record("ObjectRemoved:Delete", "kept.txt", 0, "0099")));
        assertTrue(handler(dynamo.client()).handleRequest(removal, context()).startsWith("kept.txt: ingested"));
    }

    @Test
    void aPathologicalArticleIsStoredNotRetriedForever() {
        // one "sentence" of 400,000 characters: whatever the extractor makes of it must fit DynamoDB's items
        StringBuilder text = new StringBuilder("Officials said \"");
        while (text.length() < 400_000) {
            text.append("the bridge and the road and the river and the town ");
        }
        s3Returns("endless.txt", text.toString());
        String outcome = handler(dynamo.client()).handleRequest(putEvent("endless.txt"), context());
        assertTrue(outcome.startsWith("endless.txt: ingested"), outcome);
        assertEquals("ok", reader.article("endless.txt").orElseThrow().get("status"));
    }

    @Test
    void eventsThatAreNeitherCreationNorRemovalAreReportedAndSkipped() {
        S3Event restore = new S3Event(List.of(record("ObjectRestore:Completed", "restored.txt", 100,
                SAMPLE_SEQUENCER)));
        String outcome = handler(dynamo.client()).handleRequest(restore, context());
        assertEquals("skipped a record: event ObjectRestore:Completed is neither ObjectCreated nor ObjectRemoved", outcome);
        assertEquals("skipped a record: drafts/ is a folder marker, not an article",
                handler(dynamo.client()).handleRequest(putEvent("drafts/"), context()));
        assertEquals("no records", handler(dynamo.client()).handleRequest(new S3Event(null), context()));
    }
}
