package claims.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extends a quotation's content over the quotations that follow it without an attribution of their own, in the
 * same paragraph or as whole paragraphs of their own: in '"A," Trump said. "B."' the speaker of B is Trump, and the
 * claim's content runs from A to B. (The content is one span, so it covers the attribution between.)
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
        if (a.cue().kind().unattributed() || !endsWithQuote(d, a.content()) && !isQuotedSpeechBefore(d, a)) {
            return a;
        }
        int groupStart = a.source() == null ? a.cue().first() : Math.min(a.cue().first(), a.source().first());
        int end = Math.max(a.content().last(), a.source() == null ? a.cue().last() : Math.max(a.cue().last(), a.source().last()));
        int last = a.content().last();
        Sentence s = d.sentenceOf(end - 1);
        if (a.cue().entry() != null && a.cue().entry().listener() && end == a.cue().last()) {
            end = Math.max(end, phrases.endAfter(d, end, s.last(), false)); // "Trump told Business Insider in March."
        }
        // after '"A," X said ...' the sentence may go on with anything ("said Mr. Ekovich, who noted that ..."); after
        // 'X said: "A."' only adverbials may follow
        boolean quoteFirst = a.content().last() <= groupStart;
        boolean go = quoteFirst || adverbials.onlyAdverbialsAfter(d, s, end);
        while (go && s.index() + 1 < d.sentences.size()) {
            Sentence next = d.sentences.get(s.index() + 1);
            Quote q = d.quotes.openingAt(next.first());
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

    /** '"A," Sanders said, according to CNN. "B."': an "according to" after a quotation and its speech verb. */
    private static boolean isQuotedSpeechBefore(Document d, Attribution a) {
        if (a.cue().kind() != CueKind.ACCORDING_TO || a.content().last() > a.cue().first()) {
            return false;
        }
        for (int k = a.content().first(); k < a.content().last(); k++) {
            if (d.quotes.closingAt(k) != null) {
                return true;
            }
        }
        return false;
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
