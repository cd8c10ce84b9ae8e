package claims.extract;

/**
 * A sentence: tokens {@code first} (inclusive) to {@code last} (exclusive) of the article.
 *
 * @param index position in the article's sentence list
 * @param first index of its first token
 * @param last  index one past its last token
 * @param begin first character
 * @param end   one past its last character
 */
record Sentence(int index, int first, int last, int begin, int end) {

    boolean contains(int token) {
        return token >= first && token < last;
    }

    int size() {
        return last - first;
    }
}
