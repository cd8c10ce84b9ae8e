package claims.lookup;

import java.util.LinkedHashMap;
import java.util.Map;

/** A response of the lookup API: a status and a JSON object. */
public record ApiResponse(int status, Map<String, Object> body) {

    static ApiResponse ok(Map<String, Object> body) {
        return new ApiResponse(200, body);
    }

    static ApiResponse error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        return new ApiResponse(status, body);
    }
}
