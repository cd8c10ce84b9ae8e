package claims.extract;

import java.util.Set;

/**
 * Finds hedges, the cues that name no source: an adverb ("Troops reportedly left") and a raising verb group
 * ("are expected to", "is said to", "seems to", "appeared unperturbed"), whose content is the claim's subject
 * with the rest of the clause.
 */
final class HedgeCues {

    private final CueLexicon lexicon;
    private final FunctionWords words;
    private final NounPhrases phrases;

    HedgeCues(CueLexicon lexicon, FunctionWords words, NounPhrases phrases) {
        this.lexicon = lexicon;
        this.words = words;
        this.phrases = phrases;
    }

    /** The hedge at {@code i}, or null. */
    Cue at(Document d, Sentence s, int i) {
        if (lexicon.isHedgeAdverb(d.token(i).lower())) {
            return new Cue(CueKind.HEDGE_ADVERB, new TokenSpan(i, i + 1), i, null);
        }
        return raising(d, s, i);
    }

    /** "are expected to", "is said to", "seems to": a hedge with the claim's subject before it. */
    private Cue raising(Document d, Sentence s, int i) {
        Token t = d.token(i);
        boolean participle = lexicon.isRaising(t.lower());
        boolean seeming = lexicon.isSeeming(t.lower());
        if (!(participle || seeming) || i + 1 >= s.last()) {
            return null;
        }
        Token next = d.token(i + 1);
        int a = i - 1;
        boolean be = false;
        while (a >= s.first() && i - a <= VerbCues.VERB_GROUP && (words.isAuxiliaryAt(d, a) || words.isAdverb(d.token(a)))) {
            be |= words.is(d.token(a), WordClass.BE) || d.token(a).is("'s");
            a--;
        }
        if (participle) {
            // "are expected to leave", "it is believed that"
            boolean infinitive = next.is("to") && i + 2 < s.last() && phrases.isVerbLike(d.token(i + 2));
            return be && (infinitive || next.is("that")) ? new Cue(CueKind.HEDGE_RAISING, new TokenSpan(a + 1, i + 1), i, null) : null;
        }
        if (next.is("to") && i + 2 < s.last() && !lexicon.verb(d.token(i + 2).lower()).isEmpty()) {
            return null; // "Cruz seemed to blame the network": the cue verb takes "seemed to" into its cue, with its subject
        }
        // "seemed to reap", "seems like a comparable moment", "seemed unperturbed", "seemed a gamble"; not "appeared on CNN"
        if (a < s.first() || !(phrases.isNominal(d.token(a)) || phrases.isSubjectPronoun(d.token(a))
                || SUBJECT_ENDS.contains(d.token(a).lower()) || endsSubject(d.token(a)))) {
            return null;
        }
        boolean complement = d.token(a).is("it") && opensClause(next)
                || next.is("to") && i + 2 < s.last() && phrases.isVerbLike(d.token(i + 2)) || next.is("that")
                || next.is("like") || next.is("as") && i + 2 < s.last() && d.token(i + 2).is("if") || next.is("a") || next.is("an")
                || next.isWord() && !next.capitalized() && !words.isFunctionWord(next) && !(t.lower().startsWith("appear")
                        && (words.isAdverb(next) || next.is("alongside") || next.is("together") || next.is("onstage")))
                || words.isAdverb(next);
        return complement ? new Cue(CueKind.HEDGE_RAISING, new TokenSpan(a + 1, i + 1), i, null) : null;
    }

    /**
     * A word that closes a subject before a "seem" verb though it is no noun: a comma after an aside ("Clinton, casting
     * herself as a champion, appeared to"), a conjunction of two predicates ("held a lead and appeared poised"), an
     * object pronoun ("none of them seemed"), a floating quantifier ("The two both seemed"), a reflexive ("the race itself
     * has seemed"), a demonstrative standing alone ("This seems like a fair idea") or "there seems to be".
     */
    private boolean endsSubject(Token t) {
        return t.isPunct(',') || words.is(t, WordClass.CONJ) || words.is(t, WordClass.OBJ) || words.is(t, WordClass.REFL)
                || t.is("both") || t.is("all") || t.is("there") || t.is("this") || t.is("these") || t.is("those");
    }

    /** "it seems the Democrats have", "it appears Trump's campaign will": a clause after "it seems". */
    private boolean opensClause(Token t) {
        return words.is(t, WordClass.DET) || words.is(t, WordClass.POSS) || phrases.isSubjectPronoun(t)
                || t.capitalized() && t.isWord();
    }

    /**
     * The relative pronouns a "seem" verb may follow in place of a noun: "who seemed", "what appears to be"; not "that"
     * ("cases that seemed poised to", "but that seems a skill"), where the writer describes a thing more than passes on
     * a claim: PolNeAR marks about one in five.
     */
    private static final Set<String> SUBJECT_ENDS = Set.of("who", "which", "what");
}
