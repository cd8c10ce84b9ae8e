package claims.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/** S3 event notifications as S3 sends them: version 2.1 records, keys URL-encoded, with a sequencer. */
final class S3Events {

    private S3Events() {
    }

    static String created(String bucket, String key, long size, String etag, String sequencer) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", encode(key));
        object.put("size", size);
        object.put("eTag", etag);
        object.put("sequencer", sequencer);
        return event("ObjectCreated:Put", bucket, object);
    }

    static String removed(String bucket, String key, String sequencer) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", encode(key));
        object.put("sequencer", sequencer);
        return event("ObjectRemoved:Delete", bucket, object);
    }

    /**
     * A sequencer of S3's length (18 hexadecimal digits) that grows with time: here a file's modification
     * time, so that an unchanged file always gives the same one and sending it again is a replay.
     */
    static String sequencer(long nanos) {
        return String.format("%018X", nanos);
    }

    /** As S3 encodes keys in events: form encoding ('+' for a space), with '/' left as it is. */
    static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static String event(String name, String bucket, Map<String, Object> object) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", LocalFunctions.REGION);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", name);
        record.put("userIdentity", Map.of("principalId", "local"));
        record.put("requestParameters", Map.of("sourceIPAddress", "127.0.0.1"));
        record.put("responseElements", Map.of("x-amz-request-id", "local", "x-amz-id-2", "local"));
        record.put("s3", Map.of("s3SchemaVersion", "1.0", "configurationId", "ArticleChanged",
                "bucket", Map.of("name", bucket, "ownerIdentity", Map.of("principalId", "local"),
                        "arn", "arn:aws:s3:::" + bucket),
                "object", object));
        try {
            return JSON.std.asString(Map.of("Records", List.of(record)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
