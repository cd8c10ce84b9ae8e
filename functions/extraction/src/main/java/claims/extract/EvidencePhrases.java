package claims.extract;


/**
 * Finds "in" before a finding that speaks for itself ("In a CBS News poll last month, Clinton led by six points"):
 * a cue like "according to", the poll or survey its source; and "as reported by" ("As reported by the Times, the
 * deal fell through"), which reads as "according to" too.
 */
final class EvidencePhrases {

    /** the most words between "in" and the finding's noun ("in an NBC News/Wall Street Journal/Marist poll") */
    private static final int MAX_GAP = 10;

    private final CueLexicon lexicon;
    private final FunctionWords words;
    private final NounPhrases phrases;

    EvidencePhrases(CueLexicon lexicon, FunctionWords words, NounPhrases phrases) {
        this.lexicon = lexicon;
        this.words = words;
        this.phrases = phrases;
    }

    /**
     * The cue of "as" at {@code i} before the participle of a reporting verb and "by" ("as reported by", "as first
     * described by"), else null: the phrase after "by" is the source, as after "according to".
     */
    Cue asReportedBy(Document d, Sentence s, int i) {
        int k = i + 1;
        if (k < s.last() && words.isAdverb(d.token(k))) {
            k++; // "as first reported by"
        }
        if (k + 2 >= s.last() || !d.token(k + 1).is("by") || !isReportParticiple(d.token(k).lower())) {
            return null;
        }
        return new Cue(CueKind.ACCORDING_TO, new TokenSpan(i, k + 2), i, null);
    }

    /** "reported", "described", "noted": the participle of a verb of speech, not of a belief ("as expected"). */
    private boolean isReportParticiple(String word) {
        for (CueLexicon.Form f : lexicon.verb(word)) {
            if (f.inflections().contains(Inflection.PARTICIPLE) && f.entry().report() && !f.entry().has(CueTag.MIND)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue of "in" at {@code i} when it opens the sentence with a noun phrase headed by a finding, else null.
     * Later in a sentence "in the polls" is most often the writer's own ("far behind him in the polls").
     */
    Cue at(Document d, Sentence s, int i) {
        if (!d.token(i).is("in") || i != s.first() && !(i == s.first() + 1 && words.is(d.token(s.first()), WordClass.CONJ))) {
            return null;
        }
        for (int k = i + 1; k < s.last() && k - i <= MAX_GAP; k++) {
            Token t = d.token(k);
            if (words.isFinding(t)) {
                boolean head = k + 1 >= s.last() || !isNounAfter(d.token(k + 1));
                return head ? new Cue(CueKind.ACCORDING_TO, new TokenSpan(i, i + 1), i, null) : null;
            }
            boolean inPhrase = words.is(t, WordClass.DET) || words.is(t, WordClass.POSS) || t.is("'s") || t.isPunct('/')
                    || t.type() == TokenType.NUMBER || phrases.isNominal(t) && !words.isTime(t);
            if (!inPhrase) {
                return null;
            }
        }
        return null;
    }

    /** "in poll numbers", "in the survey data": the finding is a modifier, not the head. */
    private boolean isNounAfter(Token t) {
        return t.isWord() && !t.capitalized() && !words.isFunctionWord(t) && phrases.isNominal(t) && !t.lower().endsWith("ed")
                && !t.lower().endsWith("ing");
    }
}
