package claims.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the cues of a sentence, left to right: "according to", colons and dashes that introduce a speaker, hedges
 * ({@link HedgeCues}), cue phrases and verbs from the lexicon with their verb group ({@link VerbCues}), and cue nouns
 * ({@link NounCues}). Words inside a quotation or an embedded post ({@code <tweet ...>...</tweet>}) are no cues: they are
 * what the quotation's speaker or the post's author says.
 */
final class CueFinder {

    private final CueLexicon lexicon;
    private final FunctionWords words;
    private final ColonSpeakers colons;
    private final VerbCues verbs;
    private final HedgeCues hedges;
    private final NounCues nouns;
    private final EvidencePhrases evidence;
    private final AttitudeCues attitudes;

    CueFinder(CueLexicon lexicon, FunctionWords words, NounPhrases phrases, ColonSpeakers colons) {
        this.lexicon = lexicon;
        this.words = words;
        this.colons = colons;
        this.verbs = new VerbCues(lexicon, words, phrases);
        this.hedges = new HedgeCues(lexicon, words, phrases);
        this.nouns = new NounCues(lexicon, words, phrases);
        this.evidence = new EvidencePhrases(lexicon, words, phrases);
        this.attitudes = new AttitudeCues(words);
    }

    List<Cue> find(Document d, Sentence s) {
        List<Cue> out = new ArrayList<>();
        boolean titleCase = Headlines.isTitleCase(d, s);
        int i = s.first();
        while (i < s.last()) {
            Cue cue = cueAt(d, s, i, out, titleCase);
            if (cue != null && insideEmbeddedPost(d, cue.head())) {
                cue = null;
            }
            if (cue != null) {
                if (!out.isEmpty() && cue.first() <= out.get(out.size() - 1).first()) {
                    out.remove(out.size() - 1); // "continued to insist" takes over "continued"
                }
                out.add(cue);
                i = Math.max(i + 1, cue.last());
            } else {
                i++;
            }
        }
        return out;
    }

    private Cue cueAt(Document d, Sentence s, int i, List<Cue> before, boolean titleCase) {
        Token t = d.token(i);
        if (d.quotes.around(i) != null) {
            // words inside a quotation are the content of the quotation's attribution, not cues of their own
            return null;
        }
        if (t.isPunct(':')) {
            return colon(d, s, i, before);
        }
        if (t.type() == TokenType.DASH) {
            return dash(d, s, i);
        }
        if (t.type() != TokenType.WORD) {
            return null;
        }
        if (t.is("according") && i + 1 < s.last() && d.token(i + 1).is("to")) {
            return new Cue(CueKind.ACCORDING_TO, new TokenSpan(i, i + 2), i, null);
        }
        if (t.is("in")) {
            return evidence.at(d, s, i);
        }
        if (t.is("to")) {
            Cue holder = evidence.toWhom(d, s, i);
            if (holder != null) {
                return holder;
            }
        }
        if (t.is("as")) {
            Cue reported = evidence.asReportedBy(d, s, i);
            if (reported != null) {
                return reported;
            }
        }
        if (t.capitalized() && i > s.first() && !followsOpeningMark(d, i) && !titleCase || words.is(t, WordClass.PREP)) {
            // a capitalised cue word inside a sentence is a name: "the United States", "Judge Smith"
            return null;
        }
        Cue hedge = hedges.at(d, s, i);
        if (hedge != null) {
            return hedge;
        }
        // "is worried about", "are opposed to": after a copula, a participle of attitude is the adjective, not a passive
        // (before "by" the verb is read first: "was opposed by the council")
        boolean agent = i + 1 < s.last() && d.token(i + 1).is("by");
        Cue attitude = agent ? null : attitudes.at(d, s, i, before);
        if (attitude != null) {
            return attitude;
        }
        List<Cue> governing = withoutSpeechGovernor(d, i, before);
        for (CueLexicon.Form form : lexicon.phrasesStartingWith(t.lower())) {
            int end = matchRest(d, s, i, form.entry().rest());
            if (end > 0) {
                Cue cue = verbs.read(d, s, i, end, form, governing);
                if (cue != null) {
                    return cue;
                }
            }
        }
        for (CueLexicon.Form form : lexicon.verb(t.lower())) {
            Cue cue = verbs.read(d, s, i, i + 1, form, governing);
            if (cue != null) {
                return cue;
            }
        }
        attitude = agent ? attitudes.at(d, s, i, before) : null;
        return attitude != null ? attitude : nouns.at(d, s, i);
    }

    /** the most tokens scanned back from a cue for the tag of an embedded post: a tweet and its opening tag */
    private static final int MAX_POST = 100;

    /**
     * {@code <tweet author="@x" ...>Trump says ...</tweet>}: an embedded post is its author's own words, like a
     * quotation, so the words in it are no cues of their own. True when an opening tag comes before {@code head} with no
     * closing tag ({@code </tweet>}, {@code <tweet/>}) between.
     */
    private static boolean insideEmbeddedPost(Document d, int head) {
        for (int k = head - 1; k > 0 && head - k <= MAX_POST; k--) {
            Token t = d.token(k);
            if (!t.is("tweet") || d.glued(k) && d.token(k + 1).isPunct('_')) {
                continue; // not the tag's name, or an attribute of the tag: 'tweet_id="..."'
            }
            Token before = d.token(k - 1);
            boolean closing = before.isPunct('/') || k + 1 < d.size() && d.token(k + 1).isPunct('/');
            return before.isPunct('<') && !closing;
        }
        return false;
    }

    /**
     * The cues before {@code i} without a verb of speech that ends right before "to" at {@code i - 1}: in "continued
     * to insist that ...", "continued" only attributes through the infinitive, which then governs it ("continued to
     * insist") rather than being its content, as after "declined to".
     */
    private static List<Cue> withoutSpeechGovernor(Document d, int i, List<Cue> before) {
        if (before.isEmpty() || i < 1 || !d.token(i - 1).is("to")) {
            return before;
        }
        Cue last = before.get(before.size() - 1);
        boolean governs = last.kind() == CueKind.VERB && last.last() == i - 1 && last.entry() != null && last.entry().has(CueTag.SPEECH);
        return governs ? before.subList(0, before.size() - 1) : before;
    }

    /** Whether a capital at {@code i} is one a clause starts with: after a colon, a dash or an opening quotation mark. */
    private static boolean followsOpeningMark(Document d, int i) {
        Token p = d.token(i - 1);
        return p.isPunct(':') || p.type() == TokenType.DASH || p.type() == TokenType.QUOTE || p.isPunct('(');
    }

    /**
     * The end of a phrase's other words after its verb at {@code i}, or -1: "spoke about", and with a manner adverb
     * between them "spoke highly of", "talked openly about", "has spoken at length about".
     */
    private int matchRest(Document d, Sentence s, int i, String[] rest) {
        int end = restFrom(d, s, i + 1, rest);
        int manner = rest.length == 0 ? 0 : mannerWords(d, s, i + 1);
        return end > 0 || manner == 0 ? end : restFrom(d, s, i + 1 + manner, rest);
    }

    /** How many words of a manner adverb start at {@code k}: "briefly", "at length", "instead"; 0 if none. */
    private int mannerWords(Document d, Sentence s, int k) {
        if (k + 1 >= s.last()) {
            return 0;
        }
        Token t = d.token(k);
        if (t.is("at") && d.token(k + 1).is("length")) {
            return 2;
        }
        boolean manner = t.is("instead") || t.is("again") || t.is("often")
                || !t.capitalized() && t.lower().endsWith("ly") && words.isAdverb(t) && !words.isTimeModifier(t);
        return manner ? 1 : 0;
    }

    private static int restFrom(Document d, Sentence s, int from, String[] rest) {
        int k = from;
        for (String w : rest) {
            if (k >= s.last() || !d.token(k).is(w)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** 'Lukashenko: "It's nonsense"': a colon after its speaker. */
    private Cue colon(Document d, Sentence s, int i, List<Cue> before) {
        if (!before.isEmpty() && before.get(before.size() - 1).last() >= i - 1) {
            return null; // "said:" belongs to the verb
        }
        if (colons.speaker(d, s, i) != null) {
            return new Cue(CueKind.COLON, new TokenSpan(i, i + 1), i, null);
        }
        return colons.verbBeforeQuotation(d, s, i);
    }

    /** '"...." ― Pamela Padilla': a dash between a closing quotation mark and a name ending the line. */
    private Cue dash(Document d, Sentence s, int i) {
        if (i == 0 || d.quotes.closingAt(i - 1) == null || i + 1 >= d.size() || d.token(i + 1).lineStart()) {
            return null;
        }
        int end = i + 1;
        while (end < d.size() && !d.token(end).lineStart() && (d.token(end).isWord() || d.token(end).isPunct('.'))) {
            end++;
        }
        boolean lineEnds = end >= d.size() || d.token(end).lineStart();
        if (!lineEnds || end - i > 7 || !d.token(i + 1).capitalized()) {
            return null;
        }
        return new Cue(CueKind.DASH, new TokenSpan(i, i + 1), i, null);
    }
}
