package claims.extract;

import java.util.Set;

/**
 * Finds cue nouns: with a possessor ("the agency's claim that", "his support for") or after a light verb
 * ("voiced support for", "expressed concern that", "made the claim that"), which makes them a verb cue whose
 * subject is the source.
 */
final class NounCues {

    /** Cue nouns that judge their receiver ("drew criticism from"), unlike "received a call from", "faces a threat from". */
    private static final Set<String> JUDGEMENTS = Set.of("criticism", "criticisms", "praise", "support", "endorsement",
            "endorsements", "opposition");

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
        if (next.is("from") && JUDGEMENTS.contains(d.token(i).lower())) {
            return received(d, s, i, entry);
        }
        if (next.is("that") || isInfinitive(d, s, i + 1)) {
            end = i + 1;
        } else if (next.is("of") || next.is("for") || next.is("on") || next.is("about") || next.is("against") || next.is("over")
                || next.is("with")) {
            end = i + 2;
        } else {
            return null;
        }
        int v = verbBefore(d, s, i);
        if (v < s.first() || !lexicon.isLightVerb(d.token(v).lower())) {
            return null;
        }
        return new Cue(CueKind.VERB, new TokenSpan(groupStart(d, s, v), end), i, entry);
    }

    /**
     * "the plan drew sharp criticism from Democrats", "she won praise from both parties": the subject received what the
     * noun says and the from-phrase gave it, as in a passive ("was criticized by Democrats"); the cue ends before "from".
     */
    private Cue received(Document d, Sentence s, int i, CueEntry entry) {
        int v = verbBefore(d, s, i);
        if (v < s.first() || !lexicon.isReceivingVerb(d.token(v).lower())) {
            return null;
        }
        return new Cue(CueKind.PASSIVE, new TokenSpan(groupStart(d, s, v), i + 1), i, entry);
    }

    /** The word before the cue noun at {@code i} past its determiner and modifiers ("voiced strong support"). */
    private int verbBefore(Document d, Sentence s, int i) {
        int v = i - 1;
        while (v > s.first() && i - v <= 3 && (words.is(d.token(v), WordClass.DET) || phrases.isNominal(d.token(v))
                && !d.token(v).capitalized() && !lexicon.isLightVerb(d.token(v).lower()) && !lexicon.isReceivingVerb(d.token(v).lower()))) {
            v--;
        }
        return v;
    }

    /** The first token of the verb group ending with the verb at {@code v}: "has already", "will likely". */
    private int groupStart(Document d, Sentence s, int v) {
        int a = v - 1;
        while (a >= s.first() && v - a <= VerbCues.VERB_GROUP && (words.isAuxiliaryAt(d, a) || words.isAdverb(d.token(a)))) {
            a--;
        }
        return a + 1;
    }
}
