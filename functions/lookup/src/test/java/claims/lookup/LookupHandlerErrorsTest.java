package claims.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;

import claims.store.ClaimReader;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** What DynamoDB Local won't do on demand: throttle, fail with a 5xx. */
class LookupHandlerErrorsTest {

    private final DynamoDbClient db = mock(DynamoDbClient.class);
    private final LookupHandler handler = new LookupHandler(new LookupApi(new ClaimReader(db, "t")));

    private APIGatewayV2HTTPResponse lookup() {
        return handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(
                LookupHandlerTest.EVENTS + "/api-claims-by-claimant.json"), LookupHandlerTest.context());
    }

    @Test
    void aThrottledStoreIsA503ToRetry() throws Exception {
        when(db.query(any(QueryRequest.class))).thenThrow(ProvisionedThroughputExceededException.builder()
                .message("Rate exceeded").statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                .build());
        APIGatewayV2HTTPResponse response = lookup();
        assertEquals(503, response.getStatusCode());
        assertEquals("1", response.getHeaders().get("retry-after"));
        assertEquals(Map.of("error", "the claim store is busy; retry in a moment", "status", 503),
                LookupHandlerTest.body(response));
    }

    @Test
    void aFailingStoreIsA500WithoutAStackTrace() throws Exception {
        when(db.query(any(QueryRequest.class))).thenThrow(DynamoDbException.builder().message("Internal server error")
                .statusCode(500).awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build())
                .build());
        APIGatewayV2HTTPResponse response = lookup();
        assertEquals(500, response.getStatusCode());
        assertEquals(Map.of("error", "internal error; request id req-1", "status", 500), LookupHandlerTest.body(response));
        assertFalse(response.getBody().contains("Exception"));
    }
}
