package claims.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: a query's last evaluated key, encoded. A cursor only works for the query (the
 * partition) that produced it.
 */
final class Cursors {

    private static final char FIELD = '\u0000';
    private static final char VALUE = '\u0001';

    private Cursors() {
    }

    static String encode(Map<String, AttributeValue> key) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, AttributeValue> e : new TreeMap<>(key).entrySet()) {
            AttributeValue v = e.getValue();
            if (!s.isEmpty()) {
                s.append(FIELD);
            }
            s.append(e.getKey()).append(VALUE).append(v.s() != null ? "S" + v.s() : "N" + v.n());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor encodes, or null for no cursor. */
    static Map<String, AttributeValue> decode(String cursor, String pk) {
        if (cursor == null) {
            return null;
        }
        String s;
        try {
            s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("cursor is not one this API gave out");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String field : s.split(String.valueOf(FIELD), -1)) {
            int sep = field.indexOf(VALUE);
            if (sep <= 0 || sep + 1 >= field.length()) {
                throw new BadRequestException("cursor is not one this API gave out");
            }
            String value = field.substring(sep + 2);
            char type = field.charAt(sep + 1);
            if (type == 'S') {
                key.put(field.substring(0, sep), AttributeValue.fromS(value));
            } else if (type == 'N' && value.matches("-?\\d{1,20}")) {
                key.put(field.substring(0, sep), AttributeValue.fromN(value));
            } else {
                throw new BadRequestException("cursor is not one this API gave out");
            }
        }
        AttributeValue cursorPk = key.get(Keys.PK);
        if (cursorPk == null || !pk.equals(cursorPk.s()) || !key.containsKey(Keys.SK)) {
            throw new BadRequestException("cursor belongs to another lookup: pass the cursor the previous page of"
                    + " this same lookup returned");
        }
        return key;
    }
}
