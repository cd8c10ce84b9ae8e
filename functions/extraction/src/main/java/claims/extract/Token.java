package claims.extract;

/**
 * A word, number or mark of an article.
 *
 * @param index     position in the article's token list
 * @param begin     first character (UTF-16 index into the article)
 * @param end       one past the last character
 * @param text      the characters as written
 * @param lower     lower case, with typographic apostrophes made plain ("don’t" gives "n't" as "n't")
 * @param type      what kind of token it is
 * @param lineStart whether a line break comes before it (or it starts the text): a new paragraph or line
 */
record Token(int index, int begin, int end, String text, String lower, TokenType type, boolean lineStart) {

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isWord() {
        return type == TokenType.WORD;
    }

    /** Whether it starts with an upper-case letter. */
    boolean capitalized() {
        return type == TokenType.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether all its letters are upper case and there are at least two ("NATO", "U.S."). */
    boolean allCaps() {
        if (type != TokenType.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isPunct(char c) {
        return type == TokenType.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }
}
