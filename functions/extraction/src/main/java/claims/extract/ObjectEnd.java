package claims.extract;

import java.util.Set;

/**
 * Where the noun-phrase content of a cue that takes an object ends: "endorsed former Florida Gov. Jeb Bush for
 * president" ends before "in February", "his support for Trump" before "was first noted when ...". What follows
 * the object (a time, an occasion, a new clause, an aside after a comma) is the writer's, not the source's.
 */
final class ObjectEnd {

    private final Set<String> occasions = Set.copyOf(Lexicon.lines("occasion-nouns.txt"));
    private final FunctionWords words;
    private final NounPhrases phrases;

    ObjectEnd(FunctionWords words, NounPhrases phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    /** Whether the content starting at {@code k} is a noun phrase rather than a clause, an infinitive or a quotation. */
    boolean startsObject(Document d, Sentence s, int k) {
        Token t = d.token(k);
        if (t.is("that") || t.is("whether") || t.is("if") || words.is(t, WordClass.WH) || t.isPunct(':')
                || d.quotes.openingAt(k) != null || d.quotes.around(k) != null) {
            return false;
        }
        return !(t.is("to") && k + 1 < s.last() && phrases.isVerbLike(d.token(k + 1)));
    }

    /** The end (exclusive) of the object that starts at {@code k}, never past {@code limit}. */
    int end(Document d, int k, int limit) {
        int noun = phrases.endAfter(d, k, limit, false);
        if (noun > k && noun < limit && words.isAuxiliaryAt(d, noun) && !contactClause(d, k, noun)) {
            return noun; // "students who support Sanders are in college": the sentence's own verb follows the object
        }
        for (int m = k; m < limit; m++) {
            Quote q = d.quotes.openingAt(m);
            if (q != null && q.closed() && q.close() < limit) {
                m = q.close(); // a quoted phrase inside the object: "called the plan 'a disgrace'"
                continue;
            }
            if (m > k && endsObject(d, k, m, limit)) {
                return m;
            }
        }
        return limit;
    }

    /** "an interview Sanders did", "the times Sanders has laid out": a name after a common noun opens a relative clause. */
    private static boolean contactClause(Document d, int k, int end) {
        int m = end - 1;
        while (m > k && d.token(m).capitalized()) {
            m--;
        }
        return m > k && m < end - 1 && d.token(m).isWord() && !d.token(m).capitalized();
    }

    /**
     * Whether the sentence's own clause resumes at {@code k}, after a comma that closes the phrase holding the cue: "a
     * group supporting the mayor, launched a radio campaign", "As he renewed his call for a ban, some allies did the
     * same"; not a participle after its noun ("the plan, called X", "the bridge, designed by a local firm") nor inside a
     * clause the object holds ("the claim that the plan, at least in part, caused ...").
     */
    private boolean resumesSentence(Document d, int start, int k, int limit) {
        for (int m = start; m < k; m++) {
            if (d.token(m).is("that") || words.is(d.token(m), WordClass.WH)) {
                return false;
            }
        }
        Token t = d.token(k);
        boolean participle = words.isRegularPast(t) && (k + 1 >= limit || d.token(k + 1).is("by") || NAMING.contains(t.lower())
                || k + 2 < limit && d.token(k + 2).is("by"));
        return !participle && opensPredicate(d, k);
    }

    /** Participles that name what comes before them: "the plan, called X", "the editorial, entitled '...'". */
    private static final Set<String> NAMING = Set.of("called", "named", "entitled", "titled", "dubbed", "known", "labeled", "labelled");

    /** Whether a verb group, or a subject and its verb, start at {@code k}: "took the stage", "he didn't", "160 have". */
    private boolean opensPredicate(Document d, int k) {
        Token t = d.token(k);
        if (words.isAuxiliaryAt(d, k) || phrases.isFiniteVerb(t)) {
            return true;
        }
        if (words.isRegularPast(t) && !words.isFunctionWord(t)) {
            return true;
        }
        for (int m = k + 1; m < d.size() && m - k <= 4; m++) {
            Token x = d.token(m);
            if (words.isAuxiliaryAt(d, m) || phrases.isFiniteVerb(x)) {
                return phrases.isSubjectPronoun(t) || words.is(t, WordClass.DET) || t.capitalized() || t.type() == TokenType.NUMBER;
            }
            if (!(x.isWord() || x.type() == TokenType.NUMBER) || words.is(x, WordClass.PREP) || words.is(x, WordClass.WH) || x.is("that")) {
                return false; // not "and York who demanded", "and other critics that he was": the verb is a relative clause's
            }
        }
        return false;
    }

    private boolean endsObject(Document d, int start, int m, int limit) {
        Token t = d.token(m);
        if (t.isPunct(';')) {
            return true;
        }
        if (t.isPunct(',') && m + 1 < limit) {
            return (opensClauseAfterComma(d, m + 1, limit) || resumesSentence(d, start, m + 1, limit)) && !listGoesOn(d, m + 1, limit);
        }
        if ((t.is("and") || t.is("but")) && m + 1 < limit && opensPredicate(d, m + 1)) {
            return true; // "endorsed Jeb Bush and midwifed the bill", "called him a liar and NBC News will accuse"
        }
        if (isBareDay(d, m, limit)) {
            return true; // "endorsed Cruz Wednesday", "praised the ruling last week"
        }
        if (t.is("during") || t.is("amid") || t.is("when")) {
            return true; // "during a debate", "when he ran for the White House"
        }
        if (t.is("while")) {
            // "while campaigning in Iowa", "while at a convention", "— while Clinton has slammed it"; but "criticized her use
            // of a private server while secretary of state", "while she was at the State Department" tells when the object
            // was, part of what the source spoke of
            Token next = m + 1 < limit ? d.token(m + 1) : null;
            return next == null || t.capitalized() || !d.token(m - 1).isWord() || isGerund(next) || words.isAdverb(next)
                    || atOccasion(d, m + 1, limit);
        }
        if ((t.is("as") || t.is("after") || t.is("before") || t.is("until") || t.is("once")) && m + 2 < limit
                && phrases.isSubjectPronoun(d.token(m + 1)) && opensPredicate(d, m + 2)) {
            // "opposed the deal as he positioned himself for a run", "praised her after she won": a time clause of the
            // writer's (but "as hypocritical because he had ..." and "a question about whether she would" go on)
            return true;
        }
        if (t.is("by") && m + 1 < limit && isGerund(d.token(m + 1))) {
            return true; // "attacked Fiorina by reminding voters ...": how the source went about it, the writer's account
        }
        return atOccasion(d, m, limit);
    }

    /** Whether a preposition at {@code m} names a time or an occasion: "in February", "at a news conference". */
    private boolean atOccasion(Document d, int m, int limit) {
        Token t = d.token(m);
        return (t.is("in") || t.is("on") || t.is("at")) && namesOccasion(d, m + 1, limit);
    }

    /** A lower-case "-ing" word that is no function word: "reminding", "campaigning". */
    private boolean isGerund(Token t) {
        return t.isWord() && !t.capitalized() && t.lower().endsWith("ing") && !words.isFunctionWord(t);
    }

    /**
     * A time named without a preposition, not as a modifier: "Wednesday", "yesterday", "last week"; not "the Tuesday
     * vote", "Monday's".
     */
    private boolean isBareDay(Document d, int m, int limit) {
        Token t = d.token(m);
        if ((t.is("last") || t.is("next")) && m + 1 < limit && words.isTime(d.token(m + 1))) {
            return true;
        }
        if (!words.isTime(t) || !(t.capitalized() || t.is("today") || t.is("yesterday") || t.is("tonight") || t.is("tomorrow"))) {
            return false;
        }
        Token before = d.token(m - 1);
        if (words.is(before, WordClass.DET) || words.is(before, WordClass.POSS)) {
            return false;
        }
        return m + 1 >= limit || !d.token(m + 1).is("'s") && !phrases.isNominal(d.token(m + 1));
    }

    /**
     * Whether a list goes on after a comma to its "and" or "or" without a verb: "insulted women, Mexicans and Muslims",
     * "took aim at the billionaire class, the fossil fuel industry and super PACs".
     */
    private boolean listGoesOn(Document d, int k, int limit) {
        for (int m = k; m < limit && m - k <= MAX_LIST_ITEMS; m++) {
            Token t = d.token(m);
            if (t.is("and") || t.is("or")) {
                return m > k && lastItem(d, m + 1, limit);
            }
            if (!(t.isWord() || t.type() == TokenType.NUMBER || t.isPunct(',')) || words.isAuxiliaryAt(d, m)
                    || phrases.isFiniteVerb(t) || phrases.isSubjectPronoun(t) || words.is(t, WordClass.WH)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a list's last item follows {@code k}: a few words without a verb, to the next mark ("and super PACs"). */
    private boolean lastItem(Document d, int k, int limit) {
        for (int m = k; m - k <= MAX_LIST_ITEMS; m++) {
            if (m >= limit || !(d.token(m).isWord() || d.token(m).type() == TokenType.NUMBER)) {
                return m > k;
            }
            Token t = d.token(m);
            if (words.isAuxiliaryAt(d, m) || phrases.isFiniteVerb(t) || phrases.isSubjectPronoun(t) || words.is(t, WordClass.WH)
                    || words.is(t, WordClass.SUB) || words.isAdverb(t)) {
                return false;
            }
        }
        return false;
    }

    /** How far after a comma the "and" of a list is looked for, in tokens. */
    private static final int MAX_LIST_ITEMS = 12;

    /** After a comma: ", he added", ", but she ...", ", when ...", ", a swipe at ...", ", saying"; a list or a name goes on. */
    private boolean opensClauseAfterComma(Document d, int k, int limit) {
        Token n = d.token(k);
        Token n2 = k + 1 < limit ? d.token(k + 1) : null;
        return phrases.isSubjectPronoun(n) && !n.is("it") || n.is("a") || n.is("an") || n.is("the")
                || words.is(n, WordClass.SUB) && !n.is("as") && !n.is("that")
                || (n.is("but") || n.is("and")) && n2 != null && phrases.isSubjectPronoun(n2)
                || n.isWord() && !n.capitalized() && n.lower().endsWith("ing") && !words.isFunctionWord(n);
    }

    /**
     * Whether the phrase at {@code k} (after a preposition) names a time or an occasion: "in February", "on Tuesday",
     * "in a tweet Sunday", "at a news conference", "at a victory rally"; not a year, which most often dates the object
     * itself ("opposed a similar bill in 2007", "her loss in 2008").
     */
    private boolean namesOccasion(Document d, int k, int limit) {
        for (int n = k; n < limit && n - k <= 4; n++) {
            Token x = d.token(n);
            if (words.isTime(x) || occasions.contains(x.lower())) {
                return true;
            }
            if (!(x.isWord() || x.type() == TokenType.NUMBER) || words.is(x, WordClass.PREP) || words.isAuxiliaryAt(d, n)) {
                return false;
            }
        }
        return false;
    }
}
