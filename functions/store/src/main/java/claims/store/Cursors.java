package claims.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: a query's last evaluated key, encoded. Decoding checks everything DynamoDB
 * would otherwise reject with an error of its own: a cursor only continues the lookup that gave it.
 */
final class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern NUMBER = Pattern.compile("\\d{1,10}");
    private static final String NOT_OURS = "cursor is not one this API gave out";

    private Cursors() {
    }

    /**
     * What a lookup's cursor must hold.
     *
     * @param keys     the values its key attributes must have (the partition it reads)
     * @param others   its other key attributes
     * @param skPrefix what its sort key must start with, or ""
     */
    record Expected(Map<String, String> keys, Set<String> others, String skPrefix) {
    }

    static String encode(Map<String, AttributeValue> key) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, AttributeValue> e : new TreeMap<>(key).entrySet()) {
            AttributeValue v = e.getValue();
            String value = v.s() != null ? v.s() : v.n();
            s.append(e.getKey()).append('\t').append(v.s() != null ? 'S' : 'N').append('\t')
                    .append(ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        return ENCODER.encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor encodes, or null for no cursor. */
    static Map<String, AttributeValue> decode(String cursor, Expected expected) {
        if (cursor == null) {
            return null;
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        try {
            for (String field : new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = field.split("\t", -1);
                if (parts.length != 3) {
                    throw new BadRequestException(NOT_OURS);
                }
                String value = new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8);
                if (parts[1].equals("S") && !value.isEmpty() && value.getBytes(StandardCharsets.UTF_8).length <= 1024) {
                    key.put(parts[0], AttributeValue.fromS(value));
                } else if (parts[1].equals("N") && NUMBER.matcher(value).matches()) {
                    key.put(parts[0], AttributeValue.fromN(value));
                } else {
                    throw new BadRequestException(NOT_OURS);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(NOT_OURS);
        }
        Set<String> names = new java.util.HashSet<>(expected.keys().keySet());
        names.addAll(expected.others());
        if (!key.keySet().equals(names)) {
            throw new BadRequestException(NOT_OURS);
        }
        for (Map.Entry<String, AttributeValue> field : key.entrySet()) {
            // the position is the one number in any key
            if ((field.getValue().n() != null) != field.getKey().equals(Keys.POS)) {
                throw new BadRequestException(NOT_OURS);
            }
        }
        for (Map.Entry<String, String> want : expected.keys().entrySet()) {
            if (!want.getValue().equals(key.get(want.getKey()).s())) {
                throw new BadRequestException("cursor belongs to another lookup: pass the cursor the previous page"
                        + " of this same lookup returned");
            }
        }
        AttributeValue sk = key.get(Keys.SK);
        if (sk == null || sk.s() == null || !sk.s().startsWith(expected.skPrefix())) {
            throw new BadRequestException("cursor belongs to another lookup: pass the cursor the previous page"
                    + " of this same lookup returned");
        }
        return key;
    }
}
