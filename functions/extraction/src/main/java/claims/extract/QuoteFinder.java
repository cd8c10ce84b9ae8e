package claims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs double quotation marks into quotations. Whether a mark opens or closes is read from the spaces
 * around it (a mark after a space and before a word opens), then from its shape (“ opens, ” closes), and
 * for a straight mark with spaces on both sides from whether a quotation is open. News style lets a quotation
 * run over paragraphs: a paragraph that leaves a quotation open and a next paragraph that starts with an
 * opening mark continue one quotation. A quotation never closed ends with its paragraph.
 */
final class QuoteFinder {

    private enum Direction { OPEN, CLOSE, EITHER }

    /** The quotations of the article, in order, and for each token the quotation it lies in. */
    record Quotes(List<Quote> list, int[] quoteOfToken) {

        /** The quotation that token {@code i} is inside (between the marks), or null. */
        Quote around(int i) {
            int q = quoteOfToken[i];
            return q < 0 ? null : list.get(q);
        }

        /** The quotation whose opening mark is token {@code i}, or null. */
        Quote openingAt(int i) {
            int q = quoteOfToken[i];
            return q >= 0 && list.get(q).open() == i ? list.get(q) : null;
        }

        /** The quotation whose closing mark is token {@code i}, or null. */
        Quote closingAt(int i) {
            int q = quoteOfToken[i];
            return q >= 0 && list.get(q).closed() && list.get(q).close() == i ? list.get(q) : null;
        }
    }

    Quotes find(String text, List<Token> tokens) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (open >= 0 && t.lineStart()) {
                // a new paragraph with a quotation still open: it goes on only if this paragraph opens with a mark
                if (!(t.type() == TokenType.QUOTE && direction(text, t, true) != Direction.CLOSE)) {
                    quotes.add(new Quote(open, i - 1, false));
                    open = -1;
                } else {
                    continue;
                }
            }
            if (t.type() != TokenType.QUOTE) {
                continue;
            }
            Direction d = direction(text, t, open < 0);
            if (open < 0) {
                if (d != Direction.CLOSE) {
                    open = i;
                }
            } else if (d != Direction.OPEN) {
                quotes.add(new Quote(open, i, true));
                open = -1;
            } else if (!sameParagraph(tokens, open, i)) {
                quotes.add(new Quote(open, i - 1, false));
                open = i;
            } else {
                // two openings in a row: the first was never closed; keep the later one
                open = i;
            }
        }
        if (open >= 0 && open < n) {
            quotes.add(new Quote(open, n - 1, false));
        }
        int[] of = new int[n];
        Arrays.fill(of, -1);
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            for (int k = quote.open(); k <= quote.close(); k++) {
                of[k] = q;
            }
        }
        return new Quotes(List.copyOf(quotes), of);
    }

    private static boolean sameParagraph(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if (tokens.get(k).lineStart()) {
                return false;
            }
        }
        return true;
    }

    private static Direction direction(String text, Token t, boolean noneOpen) {
        char prev = t.begin() > 0 ? text.charAt(t.begin() - 1) : ' ';
        char next = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        boolean spaceBefore = Character.isWhitespace(prev) || "([{—–-―‘'".indexOf(prev) >= 0 || prev == '\u00A0';
        boolean spaceAfter = Character.isWhitespace(next) || next == '\u00A0' || ",.;:!?)]}—–-―…’'".indexOf(next) >= 0;
        if (spaceBefore && !spaceAfter) {
            return Direction.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return Direction.CLOSE;
        }
        if (!spaceBefore && ",.!?;:…".indexOf(prev) >= 0) {
            return Direction.CLOSE;
        }
        char c = t.text().charAt(0);
        if (c == '“' || c == '„' || c == '«' || c == '`') {
            return Direction.OPEN;
        }
        if (c == '”' || c == '»') {
            return Direction.CLOSE;
        }
        return noneOpen ? Direction.OPEN : Direction.CLOSE;
    }
}
