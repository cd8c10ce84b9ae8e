package claims.extract;

/** A stretch of an article's text. Offsets are UTF-16 code units (Java string indices), end exclusive. */
public record Span(int begin, int end, String text) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** The span of {@code text} between {@code begin} and {@code end}. */
    public static Span of(String text, int begin, int end) {
        return new Span(begin, end, text.substring(begin, end));
    }
}
