package claims.extract;

import java.util.Map;
import java.util.Set;

/**
 * Finds noun phrases by their edges, with word lists instead of a tagger: a noun phrase is a run of
 * determiners, names, nouns and adjectives, with possessives ("South Korea's"), prepositional phrases ("the
 * Director of Communications for the National Security Council", "people in Clinton's orbit") and coordination
 * ("doctors and medical experts"). Closed-class words that cannot be inside one (auxiliaries, pronouns...) and
 * known verb forms bound it. Read leftwards from a cue it is a subject; rightwards, an inverted subject or an object.
 */
final class NounPhrases {

    /** the longest noun phrase looked for, in tokens, without appositions */
    static final int MAX_LENGTH = 14;

    /** adjectives that take the next preposition into a noun phrase: "a source close to the campaign", "one official familiar with" */
    private static final Map<String, String> ADJECTIVE_PREPOSITIONS = Map.of("close", "to", "familiar", "with", "involved", "in",
            "knowledgeable", "about", "briefed", "on", "loyal", "to", "allied", "with", "aligned", "with", "sympathetic", "to");
    /** words that qualify a quantity before it: "About 4 in 10", "nearly half", "no one", "not everyone" */
    private static final Set<String> APPROXIMATORS = Set.of("about", "nearly", "almost", "only", "even", "just", "roughly",
            "approximately", "virtually", "some", "not", "no");
    /** comparatives before "than" and a quantity: "More than six in 10", "fewer than half" */
    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");
    /** words of quantity that are no numbers: "half", "everyone" */
    private static final Set<String> QUANTITY_WORDS = Set.of("half", "everyone", "everybody", "anyone", "nobody", "dozen",
            "dozens", "hundreds", "thousands", "millions", "majority", "third", "quarter", "two-thirds", "three-quarters");
    /** words after "the" or "a" that take it into the phrase: "the most recent poll", "a few lawmakers" */
    private static final Set<String> COMPARED = Set.of("most", "more", "few", "least", "same");
    /** prepositions that may continue a noun phrase after a title or a name ("spokesman for the campaign") */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("for", "at", "in", "from", "on", "to", "with");

    /** determiners that stand alone as a subject: "another said", "many believe" */
    private static final Set<String> PRONOUN_DETERMINERS = Set.of("another", "others", "some", "many", "most", "both", "all",
            "few", "several", "none", "each", "either", "neither", "one");

    private final FunctionWords words;
    private final Gazetteer gazetteer;
    private final CueLexicon cues;

    NounPhrases(FunctionWords words, Gazetteer gazetteer, CueLexicon cues) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.cues = cues;
    }

    /** A pronoun that can be a subject: he, she, they, we, I, you, it. */
    boolean isSubjectPronoun(Token t) {
        return words.is(t, WordClass.PRON) && !t.is("there");
    }

    /** A relative pronoun that can be a subject: who, which, that. */
    static boolean isRelativePronoun(Token t) {
        return t.is("who") || t.is("which") || t.is("that");
    }

    /** A word that can be inside a noun phrase: not a closed-class word other than a determiner, not a verb. */
    boolean isNominal(Token t) {
        if (t.type() == TokenType.NUMBER) {
            return true;
        }
        if (t.type() != TokenType.WORD) {
            return false;
        }
        if (words.isFunctionWord(t)) {
            return t.allCaps() && t.text().length() > 2 && !t.is("us"); // "USA TODAY", "THE AP"
        }
        if (words.isAdverb(t) || isFiniteVerb(t)) {
            return false;
        }
        return true;
    }

    /**
     * Whether an infinitive starts at {@code k} (before {@code limit}): "to leave", not "to the conflict"; its verb may
     * open a quotation ('vowed to "bomb the hell" out of', 'pledges to “take our fight” to').
     */
    boolean isInfinitiveAt(Document d, int k, int limit) {
        if (k + 1 >= limit || !d.token(k).is("to")) {
            return false;
        }
        int v = d.quotes.openingAt(k + 1) != null ? k + 2 : k + 1;
        return v < limit && isVerbLike(d.token(v));
    }

    /** Whether a word after "to" can be a verb, so that "to" starts an infinitive ("to leave", not "to the conflict"). */
    boolean isVerbLike(Token t) {
        if (t.type() != TokenType.WORD || t.capitalized() || words.is(t, WordClass.DET) || words.is(t, WordClass.POSS)
                || words.is(t, WordClass.PRON) || words.is(t, WordClass.OBJ)) {
            return false;
        }
        String w = t.lower();
        // plural nouns and nouns by their endings: "to cheers", "to applause", "to the nation"
        return !(w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ment") || w.endsWith("tion") || w.endsWith("ness")
                || w.endsWith("ity") || w.endsWith("ism"));
    }

    /** A capitalised function word inside a name: "Will" in "Will Rogers", "May" in "Theresa May". */
    private boolean isNameWord(Document d, int k) {
        Token t = d.token(k);
        if (!t.capitalized() || !words.isFunctionWord(t) || k == 0 || d.sentenceOf(k).first() == k) {
            return false;
        }
        return d.token(k - 1).capitalized() && !words.isFunctionWord(d.token(k - 1))
                || k + 1 < d.size() && d.token(k + 1).capitalized() && !words.isFunctionWord(d.token(k + 1));
    }

    /** A form that is only a finite verb or participle of a cue verb ("said", "told"), never a noun. */
    boolean isFiniteVerb(Token t) {
        if (t.capitalized() && t.index() > 0) {
            return false;
        }
        for (CueLexicon.Form f : cues.verb(t.lower())) {
            if (f.inflections().contains(Inflection.PAST) && cues.noun(t.lower()) == null && !t.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of the noun phrase that ends just before {@code end}, never before {@code limit};
     * -1 if the token before {@code end} cannot end one.
     */
    int startBefore(Document d, int end, int limit) {
        int start = startBefore(d, end, limit, true);
        return start < 0 ? start : widened(d, start, limit);
    }

    /**
     * Takes in the words before a noun phrase that qualify its quantity or determiner: "About 4 in 10", "nine out of 10",
     * "More than six in 10", "At least half", "no one", "the most recent poll", "a few lawmakers", "many other polls", "All the Democrats".
     */
    private int widened(Document d, int start, int limit) {
        int k = start;
        for (int round = 0; round < 2 && k - 1 >= limit; round++) {
            Token first = d.token(k);
            String prev = d.token(k - 1).lower();
            String before = k - 2 >= limit ? d.token(k - 2).lower() : "";
            boolean quantity = isQuantity(first) || isShareArticle(d, k); // "Less than a third"
            if (quantity && prev.equals("of") && before.equals("out") && k - 3 >= limit && isQuantity(d.token(k - 3))) {
                k -= 3; // "nine out of 10"
            } else if ((quantity || first.is("over") || first.is("under")) && APPROXIMATORS.contains(prev)
                    || quantity && (prev.equals("over") || prev.equals("under"))) {
                k--; // "Only a quarter", "Just over a quarter"
            } else if (quantity && prev.equals("than") && COMPARATIVES.contains(before)
                    || (prev.equals("least") || prev.equals("most")) && before.equals("at")) {
                k -= 2;
            } else if (COMPARED.contains(first.lower()) && (prev.equals("the") || prev.equals("a"))
                    || first.is("other") && PRONOUN_DETERMINERS.contains(prev)
                    || (first.is("least") || first.is("most")) && prev.equals("at")
                    || words.is(first, WordClass.DET) && (prev.equals("all") || prev.equals("both") || prev.equals("half"))) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** "a" before a word of quantity: "a third", "a majority". */
    private static boolean isShareArticle(Document d, int k) {
        return (d.token(k).is("a") || d.token(k).is("an")) && k + 1 < d.size() && QUANTITY_WORDS.contains(d.token(k + 1).lower());
    }

    /** A word that states a quantity: "4", "six", "half", "most", "everyone". */
    private static boolean isQuantity(Token t) {
        String w = t.lower();
        return t.type() == TokenType.NUMBER || QuantityFinder.isNumberWord(w) || PRONOUN_DETERMINERS.contains(w)
                || QUANTITY_WORDS.contains(w);
    }

    /** Like {@link #startBefore}, without "of" and other prepositional phrases: a possessor ("North Korea's"). */
    int possessorStart(Document d, int end, int limit) {
        return startBefore(d, end, limit, false);
    }

    private int startBefore(Document d, int end, int limit, boolean chains) {
        int j = end - 1;
        if (j < limit) {
            return -1;
        }
        Token head = d.token(j);
        if (isSubjectPronoun(head) || isRelativePronoun(head) || PRONOUN_DETERMINERS.contains(head.lower())) {
            return j;
        }
        int start;
        if (head.isPunct(')')) {
            start = openParen(d, j, limit);
            if (start < 0 || start == limit) {
                return -1;
            }
            j = start;
            start = -1;
        } else if (isPercent(d, j, limit)) {
            j--; // "47% say": the share is the phrase
            start = j;
        } else if (!isNominal(head) && !isPossessivePlural(d, j)) {
            return -1;
        } else {
            start = j;
        }
        int k = j - 1;
        while (k >= limit && end - k <= MAX_LENGTH) {
            Token t = d.token(k);
            if (t.isPunct(')')) {
                int open = openParen(d, k, limit);
                if (open < 0) {
                    break;
                }
                k = open - 1;
                continue;
            }
            if (isPercent(d, k, limit)) {
                start = k - 1; // "a 69% majority of Republicans"
                k -= 2;
                continue;
            }
            if (t.is("'s") || isPossessivePlural(d, k)) {
                start = k;
                k--;
                continue;
            }
            if (isSubjectPronoun(t) && d.token(k + 1).is("and")) {
                start = k; // "She and her husband"
                break;
            }
            if (words.is(t, WordClass.DET) || words.is(t, WordClass.POSS)) {
                start = k;
                if (chains && k - 1 >= limit && words.is(d.token(k - 1), WordClass.PREP) && chainsAt(d, k - 1, limit)
                        || k - 1 >= limit && d.token(k - 1).is("and")) {
                    k--; // "many of her aides", "officials with the committee", "Mr. Autor and his colleagues"
                    continue;
                }
                break;
            }
            if (words.is(t, WordClass.PREP) && !t.capitalized()) {
                if (chains && chainsAt(d, k, limit)) {
                    k--;
                    continue;
                }
                break;
            }
            if ((t.is("and") || t.is("&") || t.is("nor")) && k - 1 >= limit && (d.token(k - 1).capitalized() && d.token(k + 1).capitalized()
                    || (isNominal(d.token(k - 1)) || isSubjectPronoun(d.token(k - 1)))
                    && (isNominal(d.token(k + 1)) || words.is(d.token(k + 1), WordClass.DET)
                    || words.is(d.token(k + 1), WordClass.POSS)))) {
                // "Hillary Clinton and Bernie Sanders", "doctors and medical experts", "Mr. Autor and his colleagues"
                k--;
                continue;
            }
            if (isNominal(t) || isNameWord(d, k)) {
                start = k;
                k--;
                continue;
            }
            break;
        }
        if (start < 0) {
            return -1;
        }
        while (start < end && (words.is(d.token(start), WordClass.PREP) || words.is(d.token(start), WordClass.CONJ)
                || d.token(start).is("'s"))) {
            start++;
        }
        return start < end ? start : -1;
    }

    /** Whether the preposition at {@code k} continues the noun phrase to its left. */
    private boolean chainsAt(Document d, int k, int limit) {
        if (k - 1 < limit) {
            return false;
        }
        Token p = d.token(k);
        Token left = d.token(k - 1);
        if (takesPreposition(left, p)) {
            return k - 2 >= limit && isNominal(d.token(k - 2)) && !isFiniteVerb(d.token(k - 2)); // "people close to"
        }
        if (p.is("of") && (PRONOUN_DETERMINERS.contains(left.lower()) || isPercent(d, k - 1, limit))) {
            return true; // "many of her aides", "most of the senators", "85% of Democrats"
        }
        if (p.is("in") && k + 1 < d.size() && d.token(k + 1).type() == TokenType.NUMBER
                && (left.type() == TokenType.NUMBER || QuantityFinder.isNumberWord(left.lower()))) {
            return true; // "six in 10 voters"
        }
        if ((p.is("over") || p.is("under")) && k + 1 < d.size() && d.token(k + 1).type() == TokenType.NUMBER
                && (left.is("those") || isNominal(left) && !left.capitalized() && left.type() == TokenType.WORD)) {
            return true; // "voters under 30", "those over 65"
        }
        if ((p.is("in") || p.is("at") || p.is("among")) && PRONOUN_DETERMINERS.contains(left.lower())) {
            return true; // "many in the crowd"
        }
        if (p.is("by") && isNominal(left) && !left.capitalized()) {
            return true; // "a 2009 report by the center", "a survey conducted by"
        }
        if (!isNominal(left) || left.type() == TokenType.NUMBER && !p.is("of")) {
            return false;
        }
        if (k + 1 < d.size() && (words.isTime(d.token(k + 1)) || d.token(k + 1).type() == TokenType.NUMBER)) {
            return false;
        }
        if (p.is("of")) {
            return true;
        }
        if (p.is("to") || p.is("on")) {
            // "adviser to the president", "the pitch on Kickstarter": only after a title, a name or an organisation
            return gazetteer.isTitle(left) || left.capitalized() || gazetteer.isOrganisationWord(left.lower());
        }
        return TITLE_PREPOSITIONS.contains(p.lower()); // "a spokesman for ...", "people in Clinton's orbit"
    }

    /**
     * Whether the preposition at {@code k} continues a noun phrase read rightwards: "of" always, the others
     * after a title or an organisation word ("a spokesman for ...", "the agency in ..."), not after a name
     * ("told the BBC on the fringes ..." ends at "BBC").
     */
    private boolean chainsAfter(Document d, int k) {
        Token p = d.token(k);
        Token left = d.token(k - 1);
        if (takesPreposition(left, p)) {
            return true;
        }
        if (k + 1 < d.size() && (words.isTime(d.token(k + 1)) || d.token(k + 1).type() == TokenType.NUMBER)) {
            return false;
        }
        if (p.is("of")) {
            return isNominal(left);
        }
        return TITLE_PREPOSITIONS.contains(p.lower()) && (gazetteer.isTitle(left) || gazetteer.isOrganisationWord(left.lower()));
    }

    /** "close to", "familiar with": an adjective with its preposition, inside a noun phrase. */
    private static boolean takesPreposition(Token adjective, Token preposition) {
        return preposition.is(ADJECTIVE_PREPOSITIONS.getOrDefault(adjective.lower(), ""));
    }

    /** A percent sign after its number: "47%". */
    private static boolean isPercent(Document d, int k, int limit) {
        return d.token(k).isPunct('%') && k - 1 >= limit && d.token(k - 1).type() == TokenType.NUMBER;
    }

    private static int openParen(Document d, int close, int limit) {
        for (int k = close - 1; k >= limit && close - k <= 8; k--) {
            if (d.token(k).isPunct('(')) {
                return k;
            }
            if (d.token(k).isPunct(')')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPossessivePlural(Document d, int k) {
        Token t = d.token(k);
        return t.type() == TokenType.SINGLE_QUOTE && k > 0 && d.glued(k - 1) && d.token(k - 1).lower().endsWith("s")
                && !t.text().equals("‘");
    }

    /**
     * The end (exclusive) of the noun phrase that starts at {@code start}, never past {@code limit};
     * {@code start} if none starts there. With {@code appositions}, a following ", the ..." apposition up to
     * the next comma is taken in.
     */
    int endAfter(Document d, int start, int limit, boolean appositions) {
        if (start >= limit) {
            return start;
        }
        Token first = d.token(start);
        if (isSubjectPronoun(first) || words.is(first, WordClass.OBJ)) {
            return start + 1;
        }
        int k = start;
        int end = start;
        boolean afterDeterminer = false;
        while (k < limit && k - start < MAX_LENGTH) {
            Token t = d.token(k);
            if (words.is(t, WordClass.DET) || words.is(t, WordClass.POSS)) {
                if (end > start && !afterDeterminer && !d.token(k - 1).is("of") && !TITLE_PREPOSITIONS.contains(d.token(k - 1).lower())) {
                    break;
                }
                afterDeterminer = true;
                k++;
                continue;
            }
            if (t.is("'s") || isPossessivePlural(d, k)) {
                if (end == start) {
                    break;
                }
                afterDeterminer = true;
                k++;
                end = k;
                continue;
            }
            if (t.isPunct('(')) {
                int close = closeParen(d, k, limit);
                if (close < 0 || end == start) {
                    break;
                }
                k = close + 1;
                end = k;
                continue;
            }
            if (end > start && k + 1 < limit && d.token(k + 1).is("by") && t.lower().endsWith("ed") && !t.capitalized()) {
                // "the exit poll conducted by Edison Research"
                k += 2;
                continue;
            }
            if (t.is("by") && end > start && k + 1 < limit && (d.token(k + 1).capitalized() && !words.isFunctionWord(d.token(k + 1))
                    || k + 2 < limit && words.is(d.token(k + 1), WordClass.DET) && d.token(k + 2).capitalized())) {
                // "a recent poll by RealClearPolitics"
                k++;
                continue;
            }
            if (words.is(t, WordClass.PREP) && !t.capitalized()) {
                if (end > start && chainsAfter(d, k) && k + 1 < limit && (isNominal(d.token(k + 1))
                        || words.is(d.token(k + 1), WordClass.DET) || words.is(d.token(k + 1), WordClass.POSS))) {
                    k++;
                    afterDeterminer = false;
                    continue;
                }
                break;
            }
            if ((t.is("and") || t.is("&")) && end > start && d.token(k - 1).capitalized() && k + 1 < limit && d.token(k + 1).capitalized()) {
                k++;
                continue;
            }
            if (isNominal(t)) {
                k++;
                end = k;
                afterDeterminer = false;
                continue;
            }
            if (afterDeterminer && t.lower().endsWith("ly") && words.isAdverb(t) && k + 2 < limit && isNominal(d.token(k + 1))
                    && isNominal(d.token(k + 2))) {
                k++; // "the famously gruff senator": an adverb before an adjective
                continue;
            }
            break;
        }
        if (appositions && end > start && end + 1 < limit && d.token(end).is("who")) {
            // "a senior administration official who spoke on the condition of anonymity"
            int k2 = end + 1;
            while (k2 < limit && !d.token(k2).isPunct(',') && d.token(k2).type() != TokenType.QUOTE
                    && !(d.token(k2).type() == TokenType.PUNCT && ".;:!?".contains(d.token(k2).text()))) {
                k2++;
            }
            return k2;
        }
        // appositions: ", a retiree who worked at the plant", ", the director of X, a watchdog group", ", 55, of Brigantine",
        // ", who runs Our Principles"
        for (int round = 0; appositions && round < 3 && end > start && end + 1 < limit && d.token(end).isPunct(','); round++) {
            Token next = d.token(end + 1);
            if (!startsApposition(next, round)) {
                break;
            }
            int k2 = end + 1;
            while (k2 < limit && (next.is("who") || !d.token(k2).isPunct(',')) && d.token(k2).type() != TokenType.QUOTE
                    && !(d.token(k2).type() == TokenType.PUNCT && ".;:!?".contains(d.token(k2).text()))) {
                k2++;
            }
            if (!next.is("who") && hasOwnVerb(d, end + 1, k2)) {
                break; // "Over time, according to the agency, the deficit will rise": a clause, not an apposition
            }
            end = k2;
        }
        return appositions ? withState(d, start, end, limit) : end;
    }

    /**
     * "Gavin Hamilton, 23, a student from Fresno, Calif.": the state after a place's name ends an apposition (only in an
     * apposition, where the resolver reads it as part of the role).
     */
    private int withState(Document d, int start, int end, int limit) {
        if (end <= start || end + 1 >= limit || !d.token(end).isPunct(',') || !d.token(end - 1).capitalized()) {
            return end;
        }
        boolean apposition = false;
        for (int k = start; k < end && !apposition; k++) {
            apposition = d.token(k).isPunct(',');
        }
        if (!apposition) {
            return end;
        }
        Token state = d.token(end + 1);
        boolean abbreviation = state.text().length() > 2 && state.text().endsWith(".") && state.capitalized();
        if (!(abbreviation || state.capitalized() && gazetteer.place(state.text()) != null)) {
            return end;
        }
        boolean closes = end + 2 >= limit || d.token(end + 2).isPunct(',') || d.token(end + 2).isPunct('.');
        return closes ? end + 2 : end;
    }

    /** Whether a word after a comma opens an apposition to the noun phrase before it ("who" a relative clause). */
    private boolean startsApposition(Token next, int round) {
        return next.is("who") || words.is(next, WordClass.DET) || words.is(next, WordClass.POSS) || gazetteer.isTitle(next)
                || next.type() == TokenType.NUMBER || next.is("now") || next.is("then") || next.is("also") || round > 0 && next.is("of")
                || isNominal(next) && !isFiniteVerb(next) && !isParticipleClause(next) && cues.verb(next.lower()).stream()
                        .noneMatch(f -> f.inflections().contains(Inflection.GERUND));
    }

    /** Whether an auxiliary comes in {@code [from, to)} before any relative pronoun ("the plan, which is ..." has none). */
    private boolean hasOwnVerb(Document d, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = d.token(k);
            if (t.is("who") || t.is("which") || t.is("that") || t.is("whose")) {
                return false;
            }
            if (words.isAuxiliaryAt(d, k)) {
                return true;
            }
        }
        return false;
    }

    /** "..., referring to Trump", "..., standing now at 17 percent": a participle clause, not an apposition. */
    private static boolean isParticipleClause(Token t) {
        return t.isWord() && !t.capitalized() && t.lower().endsWith("ing") && t.text().length() > 4;
    }

    private static int closeParen(Document d, int open, int limit) {
        for (int k = open + 1; k < limit && k - open <= 8; k++) {
            if (d.token(k).isPunct(')')) {
                return k;
            }
            if (d.token(k).isPunct('(')) {
                return -1;
            }
        }
        return -1;
    }
}
