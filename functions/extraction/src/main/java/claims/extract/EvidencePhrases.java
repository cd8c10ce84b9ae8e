package claims.extract;

import java.util.Set;

/**
 * Finds "in" before a finding that speaks for itself ("In a CBS News poll last month, Clinton led by six points"):
 * a cue like "according to", the poll or survey its source; "as reported by" ("As reported by the Times, the
 * deal fell through"), which reads as "according to" too; and "To" opening a sentence before whose view it gives ("To
 * many, he is a provocateur").
 */
final class EvidencePhrases {

    /** the most words between "in" and the finding's noun ("in an NBC News/Wall Street Journal/Marist poll") */
    private static final int MAX_GAP = 10;
    /** the most words of the holder in "To X," ("To Florida consultant Jim Wilson,") */
    private static final int MAX_HOLDER = 5;
    /** how many words after a poll a verb of speech makes it part of that verb's subject */
    private static final int SPEECH_GAP = 4;
    /** holders of a view that are no name: "To many, ...", "To them, ..." */
    private static final Set<String> PRONOUN_HOLDERS = Set.of("many", "some", "most", "others", "them", "him", "me", "us");

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
     * Later in a sentence "in the polls" is most often the writer's own ("far behind him in the polls"), unless a
     * pollster is named ("leads by six points in a CNN poll").
     */
    Cue at(Document d, Sentence s, int i) {
        if (!d.token(i).is("in")) {
            return null;
        }
        if (i != s.first() && !(i == s.first() + 1 && words.is(d.token(s.first()), WordClass.CONJ))) {
            return namedPoll(d, s, i) ? new Cue(CueKind.ACCORDING_TO, new TokenSpan(i, i + 1), i, null) : null;
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

    /**
     * The cue of "To" opening the sentence at {@code i} before a name or a pronoun and a comma, else null: "To Sexton,
     * Tuesday marked a turning point", "To many, he is a provocateur". The view is theirs, as after "according to"; not
     * an infinitive ("To win, he must ...") nor a phrase of manner ("To a rousing ovation, ...", "To date, ...").
     */
    Cue toWhom(Document d, Sentence s, int i) {
        if (i != s.first() || !d.token(i).is("to") || i + 2 >= s.last()) {
            return null;
        }
        int comma = i + 1;
        while (comma < s.last() && comma - i <= MAX_HOLDER && d.token(comma).isWord()) {
            comma++;
        }
        if (comma >= s.last() || !d.token(comma).isPunct(',')) {
            return null;
        }
        boolean pronoun = comma == i + 2 && PRONOUN_HOLDERS.contains(d.token(i + 1).lower());
        return pronoun || isName(d, i + 1, comma) ? new Cue(CueKind.ACCORDING_TO, new TokenSpan(i, i + 1), i, null) : null;
    }

    /** "Frank", "Florida consultant Wilson": capitals at both ends, no function word ("To White House officials"). */
    private boolean isName(Document d, int start, int end) {
        if (!d.token(start).capitalized() || !d.token(end - 1).capitalized()) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (words.isFunctionWord(d.token(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "in" at {@code i} inside a sentence opens a pollster's poll that reports what comes before it: "Trump
     * leads by six points in a CNN poll", "fell to 10 percent in the latest CNN/ORC poll". Not a poll that only says
     * whom a figure counts ("20 percent of people in a recent CNN poll said ...": the verb is the cue), nor one
     * without a pollster's name ("far behind in the polls").
     */
    private boolean namedPoll(Document d, Sentence s, int i) {
        if (i + 2 >= s.last() || !words.is(d.token(i + 1), WordClass.DET)) {
            return false;
        }
        boolean named = false;
        for (int k = i + 2; k < s.last() && k - i <= MAX_GAP; k++) {
            Token t = d.token(k);
            if (FunctionWords.isPoll(t)) {
                return named && !speechAfter(d, s, k + 1);
            }
            named |= t.capitalized();
            if (!t.isWord() && !t.isPunct('/') || words.isFunctionWord(t) && !t.is("of")) {
                return false; // "in an interview before the polls closed"; but "in the RealClearPolitics average of polls"
            }
        }
        return false;
    }

    /** A verb of speech among the few words after a poll ("... in a CNN poll last week said"). */
    private boolean speechAfter(Document d, Sentence s, int from) {
        for (int k = from; k < s.last() && k - from < SPEECH_GAP; k++) {
            if (!lexicon.verb(d.token(k).lower()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "in poll numbers", "in the survey data": the finding is a modifier, not the head. */
    private boolean isNounAfter(Token t) {
        return t.isWord() && !t.capitalized() && !words.isFunctionWord(t) && phrases.isNominal(t) && !t.lower().endsWith("ed")
                && !t.lower().endsWith("ing");
    }
}
