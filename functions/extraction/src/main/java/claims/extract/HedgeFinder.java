package claims.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the hedges of a claim: a hedging cue itself ("reportedly", "are expected to") and hedging words in
 * its cue and content ("allegedly", "the alleged deployment", "may").
 */
final class HedgeFinder {

    private final CueLexicon lexicon;

    HedgeFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<String> hedges(Document d, Cue cue, TokenSpan content) {
        Set<String> out = new LinkedHashSet<>();
        if (cue.kind().unattributed()) {
            out.add(d.span(cue.first(), cue.last()).text());
        }
        add(d, cue.span(), out);
        add(d, content, out);
        return new ArrayList<>(out);
    }

    private void add(Document d, TokenSpan span, Set<String> out) {
        for (int k = span.first(); k < span.last(); k++) {
            String w = d.token(k).lower();
            if (lexicon.isHedgeAdverb(w) || lexicon.isHedgeModifier(w) || lexicon.isHedgeModal(w)) {
                out.add(w);
            }
        }
    }
}
