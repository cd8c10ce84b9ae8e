package claims.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items with BatchWriteItem, 25 a request, resending what DynamoDB leaves unprocessed with
 * exponential backoff; gives up (throws, so that Lambda retries the event) if some are still left.
 */
final class BatchWriter {

    static final int BATCH = 25;
    private static final int ATTEMPTS = 8;

    private final DynamoDbClient db;
    private final String table;
    private final Sleeper sleeper;

    /** Waits between attempts; a test replaces it to run without waiting. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    BatchWriter(DynamoDbClient db, String table, Sleeper sleeper) {
        this.db = db;
        this.table = table;
        this.sleeper = sleeper;
    }

    void put(List<Map<String, AttributeValue>> items) {
        write(items.stream().map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build())
                .toList());
    }

    void delete(List<Map<String, AttributeValue>> keys) {
        write(keys.stream()
                .map(k -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build())
                .toList());
    }

    private void write(List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += BATCH) {
            List<WriteRequest> pending = new ArrayList<>(requests.subList(from, Math.min(from + BATCH, requests.size())));
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " writes still unprocessed after " + ATTEMPTS
                            + " attempts: the table is throttling; the event will be retried");
                }
                if (attempt > 0) {
                    backoff(attempt);
                }
                BatchWriteItemResponse response = db.batchWriteItem(b -> b.requestItems(Map.of(table, pending)));
                List<WriteRequest> left = response.unprocessedItems().getOrDefault(table, List.of());
                pending.clear();
                pending.addAll(left);
            }
        }
    }

    private void backoff(int attempt) {
        try {
            sleeper.sleep(Math.min(2_000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying unprocessed writes", e);
        }
    }
}
