package claims.template;

import java.util.List;
import java.util.Map;

/**
 * A serverless function as the template declares it.
 *
 * @param logicalId  its logical id ("IngestFunction")
 * @param handler    "package.Class::method"
 * @param codeUri    its deployment package
 * @param variables  its environment variables, the template's globals included; a value is a String when
 *                   literal, else the intrinsic function as a map ({"Ref": "ClaimsTable"})
 * @param routes     its HTTP API routes
 * @param s3Events   the S3 event types it subscribes to ("s3:ObjectCreated:*")
 * @param timeout    its timeout in seconds, the template's global one included; null for Lambda's default
 */
public record FunctionSpec(String logicalId, String handler, String codeUri, Map<String, Object> variables,
                           List<Route> routes, List<String> s3Events, Integer timeout) {

    public String handlerClass() {
        int sep = handler.indexOf("::");
        return sep < 0 ? handler : handler.substring(0, sep);
    }

    public String handlerMethod() {
        int sep = handler.indexOf("::");
        return sep < 0 ? "handleRequest" : handler.substring(sep + 2);
    }
}
