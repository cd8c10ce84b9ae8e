package claims.extract;

/**
 * Finds cue nouns: with a possessor ("the agency's claim that", "his support for") or after a light verb
 * ("voiced support for", "expressed concern that", "made the claim that"), which makes them a verb cue whose
 * subject is the source.
 */
final class NounCues {

    private final CueLexicon lexicon;
    private final FunctionWords words;
    private final NounPhrases phrases;

    NounCues(CueLexicon lexicon, FunctionWords words, NounPhrases phrases) {
        this.lexicon = lexicon;
        this.words = words;
        this.phrases = phrases;
    }

    /** A cue noun with a possessor: "the agency's claim that", "his support for". */
    Cue at(Document d, Sentence s, int i) {
        CueEntry entry = lexicon.noun(d.token(i).lower());
        if (entry == null || i == s.first() || i + 1 >= s.last()) {
            return null;
        }
        int p = i - 1;
        while (p > s.first() && phrases.isNominal(d.token(p)) && !d.token(p).capitalized() && i - p < 3) {
            p--;
        }
        Token possessor = d.token(p);
        Token next = d.token(i + 1);
        if (!(possessor.is("'s") || words.is(possessor, WordClass.POSS))) {
            return lightVerbNoun(d, s, i, entry);
        }
        // "his promise to build a wall": the infinitive is what was promised, so it starts the content.
        if (next.is("that") || isInfinitive(d, s, i + 1)) {
            return new Cue(CueKind.NOUN, new TokenSpan(i, i + 1), i, entry);
        }
        if (next.is("of") || next.is("for") || next.is("on") || next.is("to") || next.is("about") || next.is("against")) {
            return new Cue(CueKind.NOUN, new TokenSpan(i, i + 2), i, entry);
        }
        return null;
    }

    /** "to" then a verb at {@code t}: "plans to ban", not "opposition to the war". */
    private boolean isInfinitive(Document d, Sentence s, int t) {
        return d.token(t).is("to") && t + 1 < s.last() && phrases.isVerbLike(d.token(t + 1));
    }

    /**
     * "voiced strong support for", "expressed concern that", "made the claim that": a light verb with a cue noun
     * is a verb cue; its subject is the source.
     */
    private Cue lightVerbNoun(Document d, Sentence s, int i, CueEntry entry) {
        Token next = d.token(i + 1);
        int end;
        if (next.is("that") || isInfinitive(d, s, i + 1)) {
            end = i + 1;
        } else if (next.is("of") || next.is("for") || next.is("on") || next.is("about") || next.is("against") || next.is("over")
                || next.is("with")) {
            end = i + 2;
        } else {
            return null;
        }
        int v = i - 1;
        while (v > s.first() && i - v <= 3 && (words.is(d.token(v), WordClass.DET) || phrases.isNominal(d.token(v))
                && !d.token(v).capitalized() && !lexicon.isLightVerb(d.token(v).lower()))) {
            v--;
        }
        if (v < s.first() || !lexicon.isLightVerb(d.token(v).lower())) {
            return null;
        }
        int a = v - 1;
        while (a >= s.first() && v - a <= VerbCues.VERB_GROUP && (words.isAuxiliaryAt(d, a) || words.isAdverb(d.token(a)))) {
            a--;
        }
        return new Cue(CueKind.VERB, new TokenSpan(a + 1, end), i, entry);
    }
}
