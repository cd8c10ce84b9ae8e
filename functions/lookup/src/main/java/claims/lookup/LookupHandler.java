package claims.lookup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.jr.ob.JSON;

import claims.store.ClaimReader;
import claims.store.Environment;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * LookupFunction: API Gateway HTTP API (payload 2.0) events in, JSON out. No request ever gets a stack
 * trace: bad requests get a 4xx with a message, a throttled store a 503, anything else a 500 that names
 * the request id to find the error in the logs.
 */
public final class LookupHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    // nulls are written: a claim with nobody named has "claimant": null, the last page "cursor": null
    private static final JSON JSON_WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);
    private final LookupApi api;

    /** As Lambda builds it: configured by the environment template.yaml sets. */
    public LookupHandler() {
        this(System.getenv());
    }

    public LookupHandler(Map<String, String> variables) {
        this(fromEnvironment(new Environment(variables)));
    }

    public LookupHandler(LookupApi api) {
        this.api = api;
    }

    private static LookupApi fromEnvironment(Environment env) {
        return new LookupApi(new ClaimReader(env.dynamoDb(), env.table()));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ApiResponse response;
        try {
            response = api.handle(method(event), event.getRawPath(), query(event));
        } catch (AwsServiceException e) {
            if (e.isThrottlingException()) {
                context.getLogger().log("throttled: " + e);
                response = ApiResponse.error(503, "the claim store is busy; retry in a moment");
            } else {
                response = internalError(e, context);
            }
        } catch (RuntimeException e) {
            response = internalError(e, context);
        }
        return respond(response);
    }

    private static ApiResponse internalError(RuntimeException e, Context context) {
        context.getLogger().log("internal error: " + stackTrace(e));
        return ApiResponse.error(500, "internal error; request id " + context.getAwsRequestId());
    }

    private static APIGatewayV2HTTPResponse respond(ApiResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json; charset=utf-8");
        if (response.status() == 503) {
            headers.put("retry-after", "1");
        }
        try {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(response.status()).withHeaders(headers)
                    .withBody(JSON_WRITER.asString(response.body())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context != null && context.getHttp() != null && context.getHttp().getMethod() != null) {
            return context.getHttp().getMethod();
        }
        String routeKey = event.getRouteKey();
        return routeKey != null && routeKey.contains(" ") ? routeKey.substring(0, routeKey.indexOf(' ')) : "GET";
    }

    /** API Gateway passes the query decoded, with a repeated parameter's values joined by commas. */
    private static Map<String, String> query(APIGatewayV2HTTPEvent event) {
        return event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
    }

    private static String stackTrace(Throwable e) {
        var out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
