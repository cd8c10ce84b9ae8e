package claims.extract;

/** Tokens {@code first} (inclusive) to {@code last} (exclusive) of an article. */
record TokenSpan(int first, int last) {

    TokenSpan {
        if (last < first) {
            throw new IllegalArgumentException("bad token span [" + first + ", " + last + ")");
        }
    }

    boolean isEmpty() {
        return last <= first;
    }

    boolean contains(int token) {
        return token >= first && token < last;
    }

    boolean overlaps(TokenSpan o) {
        return first < o.last && o.first < last;
    }
}
