package claims.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Plain JSON-like values (maps, lists, strings, numbers, booleans, null) to DynamoDB attributes and back. */
final class ItemCodec {

    private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
    private static final BigDecimal LARGEST = new BigDecimal("1E126");

    private ItemCodec() {
    }

    static AttributeValue toAttribute(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            // DynamoDB's numbers run from 1E-130 to 1E126 in magnitude; a quantity outside can't be stored
            if (d.signum() != 0 && (d.abs().compareTo(SMALLEST) < 0 || d.abs().compareTo(LARGEST) >= 0)) {
                return AttributeValue.fromNul(true);
            }
            return AttributeValue.fromN(d.toPlainString());
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), toAttribute(v)));
            return AttributeValue.fromM(out);
        }
        if (value instanceof List<?> l) {
            List<AttributeValue> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(toAttribute(v)));
            return AttributeValue.fromL(out);
        }
        if (value instanceof Enum<?> e) {
            return AttributeValue.fromS(e.name());
        }
        throw new IllegalArgumentException("can't store a " + value.getClass().getName());
    }

    static Object fromAttribute(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> number(value.n());
            case BOOL -> value.bool();
            case NUL -> null;
            case M -> fromItem(value.m());
            case L -> value.l().stream().map(ItemCodec::fromAttribute).toList();
            case SS -> List.copyOf(value.ss());
            default -> throw new IllegalArgumentException("unexpected attribute type " + value.type());
        };
    }

    static Map<String, Object> fromItem(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((k, v) -> out.put(k, fromAttribute(v)));
        return out;
    }

    private static Number number(String n) {
        BigDecimal d = new BigDecimal(n);
        if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return d.longValueExact();
        }
        return d.doubleValue();
    }
}
