package claims.extract;

import java.util.List;

/** An article taken apart: its text, tokens, sentences and quotations. Built once per call to extract. */
final class Document {

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final QuoteFinder.Quotes quotes;
    private final int[] sentenceOf;

    Document(String text, List<Token> tokens, List<Sentence> sentences, QuoteFinder.Quotes quotes) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.quotes = quotes;
        this.sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int i = s.first(); i < s.last(); i++) {
                sentenceOf[i] = s.index();
            }
        }
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    Sentence sentenceOf(int token) {
        return sentences.get(sentenceOf[token]);
    }

    /** The text of tokens {@code first} to {@code last} (exclusive) as a span. */
    Span span(int first, int last) {
        return Span.of(text, tokens.get(first).begin(), tokens.get(last - 1).end());
    }

    /** Whether a comma, semicolon, colon or dash stands right before token {@code k} in its sentence. */
    boolean afterBreak(int k) {
        if (k <= sentenceOf(k).first()) {
            return false;
        }
        Token t = tokens.get(k - 1);
        return t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.type() == TokenType.DASH;
    }

    /** Whether tokens {@code i} and {@code i + 1} are written without a space between them. */
    boolean glued(int i) {
        return i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).begin();
    }
}
