package claims.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;

import claims.article.ArticleParser;
import claims.extract.ClaimExtractor;
import claims.store.ClaimWriter;
import claims.store.Environment;
import claims.store.Sequencer;

/**
 * IngestFunction: applies each record of an S3 event notification to the store. Every record is tried; if
 * any failed with an error worth retrying, the invocation fails afterwards so that Lambda retries the event
 * (records already applied are then replays, and change nothing).
 */
public final class IngestHandler implements RequestHandler<S3Event, String> {

    /** Longer than the function's timeout in template.yaml, so that an invocation never outlives its lease. */
    public static final Duration LEASE = Duration.ofMinutes(3);
    private static final Duration WAIT_FOR_OLDER_VERSION = Duration.ofSeconds(20);

    private final Ingestor ingestor;

    /** As Lambda builds it: configured by the environment template.yaml sets. */
    public IngestHandler() {
        this(System.getenv());
    }

    public IngestHandler(Map<String, String> variables) {
        this(fromEnvironment(new Environment(variables)));
    }

    public IngestHandler(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    private static Ingestor fromEnvironment(Environment env) {
        ClaimWriter writer = new ClaimWriter(env.dynamoDb(), env.table(), LEASE, WAIT_FOR_OLDER_VERSION);
        return new Ingestor(new S3ArticleSource(S3ArticleSource.client(env)), new ArticleParser(),
                new ClaimExtractor(), writer, System.out::println);
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        List<String> done = new ArrayList<>();
        RuntimeException failure = null;
        for (S3EventNotificationRecord record : records) {
            ObjectEvent decoded;
            try {
                decoded = decode(record);
            } catch (IllegalArgumentException e) {
                // a record no retry can apply: reported, and the others go on
                context.getLogger().log("skipped an S3 record: " + e.getMessage());
                done.add("skipped a record: " + e.getMessage());
                continue;
            }
            try {
                Outcome outcome = ingestor.apply(decoded);
                context.getLogger().log(outcome.toString());
                done.add(outcome.toString());
            } catch (RuntimeException e) {
                context.getLogger().log("failed on " + describe(record) + ", will retry: " + e);
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return records.isEmpty() ? "no records" : String.join("\n", done);
    }

    /** The record as the ingestor needs it: its key URL-decoded, its event kind and sequencer checked. */
    static ObjectEvent decode(S3EventNotificationRecord record) {
        if (record.getS3() == null || record.getS3().getObject() == null || record.getS3().getBucket() == null) {
            throw new IllegalArgumentException("record has no s3 bucket or object");
        }
        String name = record.getEventName() == null ? "" : record.getEventName();
        boolean removed = name.startsWith("ObjectRemoved:");
        if (!removed && !name.startsWith("ObjectCreated:")) {
            throw new IllegalArgumentException("event " + (name.isEmpty() ? "without a name" : name)
                    + " is neither ObjectCreated nor ObjectRemoved");
        }
        var object = record.getS3().getObject();
        String key = object.getUrlDecodedKey();
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("record has no object key");
        }
        if (key.endsWith("/")) {
            throw new IllegalArgumentException(key + " is a folder marker, not an article");
        }
        Long size = object.getSizeAsLong();
        // an unversioned bucket's events have no version; the runtime's deserialiser makes that "", and
        // S3 would look for a version named ""
        String version = object.getVersionId() == null || object.getVersionId().isBlank() ? null : object.getVersionId();
        return new ObjectEvent(record.getS3().getBucket().getName(), key, removed, size == null ? 0 : size, version,
                new Sequencer(object.getSequencer()));
    }

    private static String describe(S3EventNotificationRecord record) {
        try {
            return "s3://" + record.getS3().getBucket().getName() + "/" + record.getS3().getObject().getUrlDecodedKey();
        } catch (RuntimeException e) {
            return "a record";
        }
    }
}
