package claims.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * Claim documents as stored: the JSON text the API returns, so that it comes back exactly as the extract
 * command writes it, fields in the same order, and any number JSON can hold.
 */
final class Documents {

    private static final JSON JSON_CODEC = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private Documents() {
    }

    static String write(Map<String, Object> document) {
        try {
            return JSON_CODEC.asString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON_CODEC.mapFrom(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored claim is not valid JSON", e);
        }
    }
}
