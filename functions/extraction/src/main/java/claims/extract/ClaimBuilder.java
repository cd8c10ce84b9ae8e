package claims.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an attribution with its resolved claimant into a {@link Claim}: the content's text without the
 * quotation marks around a whole quotation, the form, stance, hedges, the chain of relaying sources, and what
 * the content names and counts.
 */
final class ClaimBuilder {

    /** the longest sentence a claim reports in full, in characters (far beyond any real sentence) */
    private static final int MAX_SENTENCE = 4000;
    /** characters kept on each side of a claim in a longer "sentence" */
    private static final int CONTEXT = 500;

    private final StanceClassifier stances;
    private final HedgeFinder hedges;
    private final QuantityFinder quantities;

    ClaimBuilder(StanceClassifier stances, HedgeFinder hedges, QuantityFinder quantities) {
        this.stances = stances;
        this.hedges = hedges;
        this.quantities = quantities;
    }

    Claim build(Document d, Attribution a, Claimant claimant, List<String> via, EntityFinder.Index entities) {
        TokenSpan content = a.content();
        Form form = form(d, a);
        Span contentSpan = trimmed(d, content, form == Form.DIRECT);
        Span cue = d.span(a.cue().first(), a.cue().last());
        return new Claim(contentSpan, cue, claimant, stances.classify(d, a.cue(), content), form, sentences(d, a),
                hedges.hedges(d, a.cue(), content), via, entities.within(content), quantities.find(d, content));
    }

    /**
     * Direct when every word of the content is quoted (the attribution inside a split or continued quotation aside),
     * mixed when some are, indirect otherwise.
     */
    private static Form form(Document d, Attribution a) {
        TokenSpan content = a.content();
        boolean quoted = false;
        boolean unquoted = false;
        for (int k = content.first(); k < content.last(); k++) {
            Token t = d.token(k);
            if (!(t.isWord() || t.type() == TokenType.NUMBER) || a.cue().span().contains(k)
                    || a.source() != null && a.source().contains(k)) {
                continue;
            }
            if (d.quotes.around(k) != null) {
                quoted = true;
            } else {
                unquoted = true;
            }
        }
        return quoted && !unquoted ? Form.DIRECT : quoted ? Form.MIXED : Form.INDIRECT;
    }

    /** The content's characters, without outer quotation marks (for a quotation) and trailing commas. */
    private static Span trimmed(Document d, TokenSpan content, boolean quotation) {
        int first = content.first();
        int last = content.last();
        Quote whole = d.quotes.openingAt(first);
        if (quotation && whole != null && whole.closed() && whole.close() == last - 1 && last - first > 2) {
            // one quotation: its words without the marks (a split quotation keeps its marks)
            first++;
            last--;
        }
        while (last - 1 > first && isTrailing(d.token(last - 1))) {
            last--;
        }
        while (first + 1 < last && isTrailing(d.token(first))) {
            first++; // "According to the police, the driver fled": not the comma
        }
        return d.span(first, last);
    }

    private static boolean isTrailing(Token t) {
        return t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.type() == TokenType.DASH;
    }

    /** The sentence or sentences the claim's source, cue and content are in. */
    private static Span sentences(Document d, Attribution a) {
        int first = Math.min(a.content().first(), a.cue().first());
        int last = Math.max(a.content().last(), a.cue().last()) - 1;
        if (a.source() != null) {
            first = Math.min(first, a.source().first());
            last = Math.max(last, a.source().last() - 1);
        }
        Sentence s1 = d.sentenceOf(first);
        Sentence s2 = d.sentenceOf(last);
        int begin = s1.begin();
        int end = s2.end();
        if (end - begin > MAX_SENTENCE) {
            // a "sentence" of pathological length (a line without a full stop): the words around the claim only,
            // so that many claims in it do not each copy all of it
            int from = d.token(first).begin();
            int to = d.token(last).end();
            begin = Math.max(begin, wordStart(d, from - CONTEXT));
            end = Math.min(end, wordEnd(d, to + CONTEXT));
        }
        return Span.of(d.text, begin, end);
    }

    /** The first character of the token at or after {@code offset}. */
    private static int wordStart(Document d, int offset) {
        int lo = 0;
        int hi = d.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (d.token(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return d.token(lo).begin();
    }

    /** One past the last character of the token at or before {@code offset}. */
    private static int wordEnd(Document d, int offset) {
        int lo = 0;
        int hi = d.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (d.token(mid).end() > offset) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return d.token(lo).end();
    }

    /** The relaying sources of a claim, outermost first: those whose content holds its cue, then its own relay. */
    static List<String> via(List<Attribution> all, Nesting nesting, List<Claimant> claimants, Claimant relay, int self) {
        Attribution a = all.get(self);
        List<int[]> outer = new ArrayList<>();
        for (int k : nesting.holding(a.cue().head())) {
            Attribution o = all.get(k);
            if (k == self || claimants.get(k) == null || o.cue().kind().unattributed()) {
                continue;
            }
            boolean holds = o.content().contains(a.cue().head()) && o.content().first() <= a.content().first()
                    && o.content().last() >= a.content().last() && !o.content().equals(a.content());
            if (holds) {
                outer.add(new int[] {k, o.content().last() - o.content().first()});
            }
        }
        outer.sort((x, y) -> Integer.compare(y[1], x[1]));
        List<String> via = new ArrayList<>();
        for (int[] o : outer) {
            String name = claimants.get(o[0]).name();
            if (!via.contains(name)) {
                via.add(name);
            }
        }
        if (relay != null && !via.contains(relay.name())) {
            via.add(relay.name());
        }
        return via;
    }
}
