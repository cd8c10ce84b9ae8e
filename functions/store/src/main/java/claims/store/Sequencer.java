package claims.store;

import java.util.Locale;

/**
 * The order of S3 events on one key. S3 sends the sequencer as hexadecimal of varying length; its documented
 * comparison is to right-pad the shorter with zeros and compare as strings, so it is stored padded to a fixed
 * width, where DynamoDB's string comparison gives the same order.
 */
public record Sequencer(String value) implements Comparable<Sequencer> {

    static final int WIDTH = 40;

    public Sequencer {
        if (value == null || value.isEmpty() || value.length() > WIDTH) {
            throw new IllegalArgumentException("an S3 sequencer is 1 to " + WIDTH + " hexadecimal digits, not "
                    + (value == null ? "missing" : "'" + value + "'"));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                throw new IllegalArgumentException("an S3 sequencer is hexadecimal, not '" + value + "'");
            }
        }
        value = (value + "0".repeat(WIDTH - value.length())).toUpperCase(Locale.ROOT);
    }

    @Override
    public int compareTo(Sequencer other) {
        return value.compareTo(other.value);
    }
}
