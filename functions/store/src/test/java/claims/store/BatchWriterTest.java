package claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** What DynamoDB Local won't do on demand: leave items unprocessed, throttle. */
class BatchWriterTest {

    private final DynamoDbClient db = mock(DynamoDbClient.class);
    private final List<Long> waits = new ArrayList<>();
    private final BatchWriter writer = new BatchWriter(db, "t", waits::add);

    private static List<Map<String, AttributeValue>> items(int n) {
        return IntStream.range(0, n).mapToObj(i -> Map.of("pk", AttributeValue.fromS("p" + i),
                "sk", AttributeValue.fromS("s"))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsTwentyFiveARequestAndResendsWhatIsLeftUnprocessed() {
        ArgumentCaptor<Consumer<BatchWriteItemRequest.Builder>> sent = ArgumentCaptor.forClass(Consumer.class);
        List<Integer> sizes = new ArrayList<>();
        when(db.batchWriteItem(any(Consumer.class))).thenAnswer(call -> {
            BatchWriteItemRequest.Builder b = BatchWriteItemRequest.builder();
            ((Consumer<BatchWriteItemRequest.Builder>) call.getArgument(0)).accept(b);
            List<WriteRequest> requests = b.build().requestItems().get("t");
            sizes.add(requests.size());
            // the first request of each batch leaves its last two items unprocessed
            boolean leave = sizes.size() == 1;
            return BatchWriteItemResponse.builder().unprocessedItems(leave
                    ? Map.of("t", requests.subList(requests.size() - 2, requests.size())) : Map.of()).build();
        });
        writer.put(items(30));
        assertEquals(List.of(25, 2, 5), sizes);
        assertEquals(1, waits.size(), "backs off before resending");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givesUpOnItemsThatStayUnprocessedSoTheEventIsRetried() {
        when(db.batchWriteItem(any(Consumer.class))).thenAnswer(call -> {
            BatchWriteItemRequest.Builder b = BatchWriteItemRequest.builder();
            ((Consumer<BatchWriteItemRequest.Builder>) call.getArgument(0)).accept(b);
            return BatchWriteItemResponse.builder().unprocessedItems(b.build().requestItems()).build();
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.delete(items(3)));
        assertEquals("3 writes still unprocessed after 8 attempts: the table is throttling; the event will be retried",
                e.getMessage());
        verify(db, times(8)).batchWriteItem(any(Consumer.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void throttlingPropagates() {
        when(db.batchWriteItem(any(Consumer.class)))
                .thenThrow(ProvisionedThroughputExceededException.builder().message("slow down").build());
        assertThrows(ProvisionedThroughputExceededException.class, () -> writer.put(items(1)));
    }
}
