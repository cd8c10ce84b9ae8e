package claims.store;

import java.util.List;
import java.util.Map;

/**
 * One page of a lookup.
 *
 * @param items  what was found
 * @param cursor where the next page starts, or null when this is the last
 */
public record Page(List<Map<String, Object>> items, String cursor) {
}
