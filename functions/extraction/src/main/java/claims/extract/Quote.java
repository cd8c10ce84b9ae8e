package claims.extract;

/**
 * A quotation: from its opening mark to its closing mark (or, when it is never closed, to the end of its
 * paragraph). A quotation may run over several sentences and paragraphs.
 *
 * @param open   token index of the opening mark
 * @param close  token index of the closing mark, or of the last token when unclosed
 * @param closed whether a closing mark was found
 */
record Quote(int open, int close, boolean closed) {

    /** index of the first token inside the marks */
    int firstInside() {
        return open + 1;
    }

    /** index one past the last token inside the marks */
    int endInside() {
        return closed ? close : close + 1;
    }

    boolean contains(int token) {
        return token > open && token < endInside();
    }

    boolean isEmpty() {
        return endInside() <= firstInside();
    }
}
