package claims.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extends a quotation's content over the quotations that follow it without an attribution of their own, in the
 * same paragraph or as whole paragraphs of their own: in '"A," Trump said. "B."' the speaker of B is Trump, and the
 * claim's content runs from A to B. (The content is one span, so it covers the attribution between.) So does a
 * content before its attribution that is not a whole quotation: 'The plan is dead, he said. "Nobody wants it."'
 */
final class QuoteContinuation {

    private final Adverbials adverbials;
    private final NounPhrases phrases;

    QuoteContinuation(Adverbials adverbials, NounPhrases phrases) {
        this.adverbials = adverbials;
        this.phrases = phrases;
    }

    List<Attribution> extend(Document d, List<Attribution> attributions) {
        Set<Integer> attributed = new HashSet<>();
        for (Attribution a : attributions) {
            attributed.add(d.sentenceOf(a.cue().head()).index());
        }
        List<Attribution> out = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            out.add(extended(d, a, attributed));
        }
        return out;
    }

    private Attribution extended(Document d, Attribution a, Set<Integer> attributed) {
        int groupStart = a.source() == null ? a.cue().first() : Math.min(a.cue().first(), a.source().first());
        // after '"A," X said', and after 'A, X said' too: 'The plan is dead, he said. "Nobody wants it."'
        boolean contentFirst = a.content().last() <= groupStart;
        if (a.cue().kind().unattributed() || !contentFirst && !endsWithQuote(d, a.content())) {
            return a;
        }
        int end = Math.max(a.content().last(), a.source() == null ? a.cue().last() : Math.max(a.cue().last(), a.source().last()));
        int last = a.content().last();
        Sentence s = d.sentenceOf(end - 1);
        if (a.cue().entry() != null && a.cue().entry().listener() && end == a.cue().last()) {
            end = Math.max(end, phrases.endAfter(d, end, s.last(), false)); // "Trump told Business Insider in March."
        }
        // after '"A," X said ...' the sentence may go on with anything ("said Mr. Ekovich, who noted that ..."); after
        // 'X said: "A."' only adverbials may follow
        boolean go = contentFirst || adverbials.onlyAdverbialsAfter(d, s, end);
        while (go && s.index() + 1 < d.sentences.size()) {
            Sentence next = d.sentences.get(s.index() + 1);
            Quote q = d.quotes.openingAt(next.first());
            if (q == null && !d.token(next.first()).lineStart()) {
                q = ledQuote(d, next);
            }
            if (q == null || q.isEmpty() || d.token(next.first()).lineStart() && !wholeParagraph(d, q) || attributed.contains(next.index())
                    || q.close() - a.content().first() > AttributionFinder.MAX_CONTENT) {
                break;
            }
            Sentence closing = d.sentenceOf(q.close());
            if (attributed.contains(closing.index())) {
                break; // the quotation ends in a sentence with its own attribution: it belongs to that one
            }
            last = q.close() + 1;
            s = closing;
            go = onlyPunctuationAfter(d, s, last);
        }
        if (last == a.content().last()) {
            return a;
        }
        return new Attribution(a.cue(), a.source(), new TokenSpan(a.content().first(), last), a.relay());
    }

    /**
     * '"A," the mayor said. Instead, "the city just waits for the money."': a quotation that ends its sentence after a
     * few words of the writer's that lead into it; null if none.
     */
    private static Quote ledQuote(Document d, Sentence s) {
        for (int k = s.first(); k < s.last() && k - s.first() <= MAX_LEAD; k++) {
            if (d.token(k).type() == TokenType.QUOTE) {
                Quote q = d.quotes.openingAt(k);
                boolean clause = q != null && q.close() - q.open() > MIN_LED_WORDS; // not 'Something about "timing."'
                boolean endsSentence = clause && q.close() < s.last() && onlyPunctuationAfter(d, s, q.close() + 1);
                return endsSentence && k > s.first() ? q : null;
            }
        }
        return null;
    }

    /** The most tokens of the writer's before a quotation that goes on with a speaker's words. */
    private static final int MAX_LEAD = 8;

    /** A led quotation holds more tokens than this: a clause, not a word picked out. */
    private static final int MIN_LED_WORDS = 3;

    /** Whether the quotation fills its paragraph: it opens the paragraph and only punctuation follows its close. */
    private static boolean wholeParagraph(Document d, Quote q) {
        int k = q.close() + 1;
        while (k < d.size() && !d.token(k).lineStart()) {
            if (d.token(k).isWord() || d.token(k).type() == TokenType.NUMBER) {
                return false;
            }
            k++;
        }
        return true;
    }

    private static boolean endsWithQuote(Document d, TokenSpan content) {
        return d.quotes.closingAt(content.last() - 1) != null;
    }

    private static boolean onlyPunctuationAfter(Document d, Sentence s, int k) {
        for (int m = k; m < s.last(); m++) {
            Token t = d.token(m);
            if (t.isWord() || t.type() == TokenType.NUMBER || t.type() == TokenType.QUOTE && d.quotes.openingAt(m) != null) {
                return false;
            }
        }
        return true;
    }
}
