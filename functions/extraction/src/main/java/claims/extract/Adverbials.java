package claims.extract;

/** Recognises adverbial words and phrases: time words, adverbs, and prepositional phrases without a verb. */
final class Adverbials {

    private final FunctionWords words;
    private final NounPhrases phrases;

    Adverbials(FunctionWords words, NounPhrases phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    /**
     * Whether the clause has no more words after {@code k} but adverbials ("on Tuesday", "in an interview",
     * "by telephone this week"): a cue that ends its clause so had its content before it.
     */
    boolean onlyAdverbialsAfter(Document d, Sentence s, int k) {
        int m = k;
        while (m < s.last()) {
            Token t = d.token(m);
            if (t.type() == TokenType.PUNCT) {
                String p = t.text();
                return p.equals(".") || p.equals(",") || p.equals("!") || p.equals("?") || p.equals(";") || p.startsWith("..")
                        || p.equals("…") || p.equals(")");
            }
            if (t.type() == TokenType.DASH || t.type() == TokenType.QUOTE && d.quotes.openingAt(m) == null) {
                return true;
            }
            if (t.type() == TokenType.QUOTE) {
                return false;
            }
            if (words.isTime(t) || t.type() == TokenType.NUMBER || words.isAdverb(t)) {
                m++;
                continue;
            }
            if (words.isTimeModifier(t) && m + 1 < s.last() && words.isTime(d.token(m + 1))) {
                m += 2; // "this week", "late Thursday", "last month"
                continue;
            }
            if ((words.is(t, WordClass.PREP) || t.is("after") || t.is("before") || t.is("since") || t.is("until"))
                    && !t.is("of") && !(t.is("to") && m + 1 < s.last() && phrases.isVerbLike(d.token(m + 1)))) {
                // a prepositional phrase up to the next mark, without "that" or a verb, is an adverbial
                int n = m + 1;
                while (n < s.last()) {
                    Token x = d.token(n);
                    Quote q = d.quotes.openingAt(n);
                    if (q != null && q.closed() && q.close() < s.last()) {
                        n = q.close() + 1; // a quoted title: "on MSNBC's "Morning Joe""
                        continue;
                    }
                    if (!(x.isWord() || x.type() == TokenType.NUMBER) || x.is("that") || words.isAuxiliary(x)
                            || words.is(x, WordClass.SUB) || words.is(x, WordClass.WH) || x.is("whether")) {
                        break;
                    }
                    n++;
                }
                if (n < s.last() && (d.token(n).is("that") || words.is(d.token(n), WordClass.SUB) || words.is(d.token(n), WordClass.WH)
                        || words.isAuxiliary(d.token(n)))) {
                    return false;
                }
                m = n;
                continue;
            }
            return false;
        }
        return true;
    }
}
