package claims.extract;

import java.util.Set;

/**
 * Finds the subject that stands before a verb group: a noun phrase, with an apposition ("John Kirby, the Director
 * of ..., stated"), past a parenthetical ("Lukashenko, however, disputes", "Stephens, who, after trading insults,
 * said"), or past a time expression ("Trump on Tuesday said").
 */
final class SubjectFinder {

    /** how far back an apposition's opening comma is looked for */
    private static final int MAX_APPOSITION = 45;
    /** how far back a restrictive relative clause's pronoun is looked for ("economists who favor consumption taxes agree") */
    private static final int MAX_RELATIVE = 12;
    /** how far back the "who" of "those who ..." is looked for ("those who said the economy was their top issue split") */
    private static final int MAX_THOSE = 20;
    /** how many words of a verb group left out of the cue are skipped ("would likely", "have in the past") */
    private static final int MAX_GROUP = 5;

    /** adverbs and floating quantifiers that stand between a subject and its verb, beyond the -ly adverbs */
    private static final Set<String> GROUP_WORDS = Set.of("quite", "rather", "seldom", "all", "both", "each", "likely",
            "unlikely", "certainly", "fact", "past", "particular", "cannot", "more", "less");

    /** prepositions after a subject's head noun: "Republicans across the country", "advisers to the government" */
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("across", "to", "on", "in", "for", "from", "at", "with",
            "inside", "outside", "within", "near", "behind", "about");

    /** nouns a contact relative clause often hangs on: "the reason Obama is seeking", "the photo Trump posted" */
    private static final Set<String> CONTACT_HEADS = Set.of("reason", "way", "thing", "things", "something", "anything",
            "everything", "nothing", "photo", "picture", "amount", "day", "time", "moment", "kind", "message");

    private final FunctionWords words;
    private final NounPhrases phrases;
    private final Gazetteer gazetteer;

    SubjectFinder(FunctionWords words, NounPhrases phrases, Gazetteer gazetteer) {
        this.words = words;
        this.phrases = phrases;
        this.gazetteer = gazetteer;
    }

    /**
     * The subject noun phrase ending before {@code cueStart}, with an apposition or past a parenthetical
     * set off by commas; null if none.
     */
    TokenSpan before(Document d, Sentence s, int cueStart) {
        return withDate(d, s, undated(d, s, cueStart), cueStart);
    }

    /**
     * "A CBS News poll last month found", "a survey in March showed": a poll is named with its date, which stays in the
     * subject (a person's time stays out: "Trump on Tuesday said").
     */
    private TokenSpan withDate(Document d, Sentence s, TokenSpan found, int cueStart) {
        if (found == null || found.last() >= cueStart || !FunctionWords.isPoll(d.token(found.last() - 1))
                || skipTimeBefore(d, s, cueStart - 1) != found.last() - 1) {
            return found;
        }
        return new TokenSpan(found.first(), cueStart);
    }

    /** The subject before {@code cueStart} without the time that stands between it and its verb. */
    private TokenSpan undated(Document d, Sentence s, int cueStart) {
        int p = skipTimeBefore(d, s, cueStart - 1);
        if (p < s.first()) {
            return null;
        }
        if (p < cueStart - 1 && isParticipleAfterNoun(d, s, p)) {
            // "A poll released last week showed", "disclosures filed on Sunday night revealed": the time is the participle's
            int start = phrases.startBefore(d, p + 1, s.first());
            if (start >= 0 && startsClause(d, s, start)) {
                return new TokenSpan(start, cueStart);
            }
        }
        int skipped = isFiniteGroup(d.token(cueStart)) ? skipGroupBefore(d, s, p) : p;
        // "Mr. Trump, whose appeal ..., seldom speaks of", "Party figures — ... — both suggested": the skipped words may
        // follow an apposition's closing comma or dash (not a quantifier after an opening phrase: "To varying degrees, all
        // agreed")
        if (skipped < p && skipped >= s.first() && (phrases.startBefore(d, skipped + 1, s.first()) >= 0
                || d.token(skipped).isPunct(',') && !words.is(d.token(skipped + 1), WordClass.DET)
                || d.token(skipped).type() == TokenType.DASH)) {
            p = skipped;
        }
        p = skipParentheticalBefore(d, s, p);
        if (p < s.first()) {
            return null;
        }
        Token t = d.token(p);
        if (words.is(t, WordClass.REFL) && p > s.first() && p + 1 == cueStart) {
            // "Ford itself said", "Cruz himself said": the reflexive stands with the subject
            int start = phrases.startBefore(d, p, s.first());
            return start < 0 ? null : new TokenSpan(start, p + 1);
        }
        Quote closing = d.quotes.closingAt(p);
        // "Dana Perino, a host of ''The Five,'' refused": the apposition's comma stands inside a title's quotation marks
        boolean quotedComma = closing != null && d.token(p - 1).isPunct(',') && closing.open() > s.first() + 1
                && p - closing.open() <= 10 && d.token(closing.open() - 1).isWord();
        if (t.isPunct(',') || t.type() == TokenType.DASH || quotedComma) {
            // "X, the director of ..., said": try the commas before, nearest first, up to three of them; the noun
            // phrase before the chosen comma must start a clause ("Mr. Daniloff, now 81 and retired in Cambridge,
            // Mass., said" skips the comma after "Cambridge")
            int q = quotedComma ? closing.open() - 1 : p - 1;
            for (int tries = 0; tries < 3; tries++) {
                while (q > s.first() && p - q < MAX_APPOSITION && !d.token(q).isPunct(',') && d.token(q).type() != TokenType.DASH
                        && !d.token(q).isPunct(';') && !d.token(q).isPunct(':')) {
                    Quote title = d.quotes.closingAt(q);
                    if (d.token(q).type() == TokenType.QUOTE && (title == null || title.open() <= q - 10 || title.open() <= s.first())) {
                        break;
                    }
                    q = title != null ? title.open() - 1 : q - 1; // "Dana Perino, a host of ''The Five,'' refused"
                }
                if (q <= s.first() || !(d.token(q).isPunct(',') || d.token(q).type() == TokenType.DASH) || q + 1 >= p) {
                    return tries == 0 ? subjectBeforeStrayComma(d, s, p) : null;
                }
                TokenSpan found = apposed(d, s, q, p);
                if (found != null) {
                    return withNameBefore(d, s, found);
                }
                q--;
            }
            return null;
        }
        TokenSpan relative = beforeThoseWho(d, s, p + 1);
        if (relative == null) {
            relative = beforeRelativeClause(d, s, p + 1);
        }
        if (relative != null) {
            return relative;
        }
        int start = phrases.startBefore(d, p + 1, s.first());
        if (start - 2 > s.first() && words.is(d.token(start - 1), WordClass.PREP) && (d.token(start - 2).is("who")
                || d.token(start - 2).is("which")) && d.token(start - 3).isPunct(',')) {
            return new TokenSpan(start - 2, start - 1); // "Curiel, who through his office declined": the pronoun
        }
        if (start < 0) {
            return null;
        }
        start = clauseStart(d, s, start, p);
        return new TokenSpan(headBefore(d, s, listStart(d, s, start, p)), p + 1);
    }

    /**
     * Where a subject starts whose phrase read leftwards stopped at a preposition after its head noun: "Republicans
     * across the country are", "other advisers to the island's government said"; only when the head opens its clause
     * and holds no verb ("Mook convened staff for a meeting to map out" stays as it was).
     */
    private int headBefore(Document d, Sentence s, int start) {
        if (start - 2 >= s.first() && d.token(start - 1).is("by") && !d.token(start - 1).capitalized()) {
            return beforeAgent(d, s, start);
        }
        if (start - 2 < s.first() || !HEAD_PREPOSITIONS.contains(d.token(start - 1).lower()) || d.token(start - 1).capitalized()) {
            return start;
        }
        return headPhraseStart(d, s, start - 1, start);
    }

    /**
     * Where a subject starts whose phrase read leftwards stopped at the "by" of its agent: "A poll released Sunday by
     * The Post and ABC News found", "A study by two economists found": the finding or the participle's noun opens it
     * ({@code start} if that noun does not open its clause).
     */
    private int beforeAgent(Document d, Sentence s, int start) {
        int head = words.timeBefore(d, s, start - 1);
        if (head - 1 > s.first() && words.isRegularPast(d.token(head - 1))) {
            head--; // "released Sunday by"
        } else if (head < start - 1 || !words.isFinding(d.token(head - 1))) {
            return start;
        }
        int outer = phrases.startBefore(d, head, s.first());
        return outer >= 0 && outer < head && startsClause(d, s, outer) ? outer : start;
    }

    /**
     * Where the subject ending at {@code end} starts when the phrase read leftwards ran past its clause: into the
     * object of a clause coordinated with it ("declined to comment and Senate aides later said"), or into the noun a
     * contact relative clause hangs on ("the reason President Obama is seeking", "the photo Trump posted").
     */
    private int clauseStart(Document d, Sentence s, int start, int end) {
        boolean opens = startsClause(d, s, start) || d.token(start).capitalized();
        for (int k = end; k > start; k--) {
            Token left = d.token(k - 1);
            Token right = d.token(k + 1);
            if (d.token(k).is("and") && k < end && left.isWord() && !left.capitalized()
                    && (right.capitalized() || words.is(right, WordClass.DET)) && (!opens || pastFormIn(d, start, k))) {
                // "a photo and Clinton said", "The storm passed and the mayor said" (not "labor unions and groups", "the
                // ACLU and the NAACP", "The mayor and the council said")
                return k + 1;
            }
        }
        for (int k = start + 1; k <= end; k++) {
            if (opensContactClause(d, k)) {
                return k;
            }
        }
        if (opens) {
            return start;
        }
        for (int k = start; k < end && k - start < 3; k++) {
            if (CONTACT_HEADS.contains(d.token(k).lower()) && d.token(k + 1).capitalized() && !words.isFunctionWord(d.token(k + 1))) {
                return k + 1;
            }
        }
        return start;
    }

    /**
     * Whether a subject pronoun right after a common noun opens a contact relative clause: "a question only he could
     * answer", "a topic she knew well": the pronoun is the subject of the verb after it, whose object is the noun.
     */
    boolean opensContactClause(Document d, int k) {
        return k > 0 && phrases.isSubjectPronoun(d.token(k)) && isCommonNoun(d.token(k - 1));
    }

    /** A lower-case word that can end a noun phrase, or "only" after one: "question" in "a question only he". */
    private boolean isCommonNoun(Token t) {
        return t.isWord() && !t.capitalized() && (phrases.isNominal(t) && !words.isFunctionWord(t) || t.is("only"));
    }

    private boolean pastFormIn(Document d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.isPastForm(d.token(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sen. Jack Reed (D-R.I.), said", "Mike Murphy, praised": a name that opens the sentence, cut from its verb by a
     * stray comma; null if the words before the comma at {@code comma} are no such name.
     */
    private TokenSpan subjectBeforeStrayComma(Document d, Sentence s, int comma) {
        if (!d.token(comma).isPunct(',') || comma <= s.first() || !d.token(s.first()).capitalized()
                || phrases.startBefore(d, comma, s.first()) != s.first()) {
            return null;
        }
        for (int k = s.first(); k < comma; k++) {
            if (!(d.token(k).capitalized() || d.token(k).type() == TokenType.PUNCT || d.token(k).is("and"))) {
                return null;
            }
        }
        return new TokenSpan(s.first(), comma);
    }

    /**
     * "U.S. officials have, in fact, praised": skips a parenthetical set off by commas right before {@code p} when a
     * verb group stands before it; {@code p} otherwise.
     */
    private int skipParentheticalBefore(Document d, Sentence s, int p) {
        if (!d.token(p).isPunct(',')) {
            return p;
        }
        for (int q = p - 2; q > s.first() && p - q <= 4; q--) {
            if (d.token(q).isPunct(',')) {
                return words.isAuxiliary(d.token(q - 1)) && isParenthetical(d, q + 1, p) ? skipGroupBefore(d, s, q - 1) : p;
            }
        }
        return p;
    }

    /**
     * "Carson, Fiorina and Huckabee said", "unions, farm groups and many lawmakers said", "Ms. Fox, Mr. Cole and other
     * donors said": a subject ending in a coordination goes back over the names or plural nouns listed before it with
     * commas (an Oxford comma too: "unions, farm groups, and lawmakers"); {@code start} if there are none.
     */
    private int listStart(Document d, Sentence s, int start, int end) {
        boolean coordinated = false;
        for (int k = start; k <= end; k++) {
            coordinated |= d.token(k).is("and") && (d.token(k + 1).capitalized() || phrases.isNominal(d.token(k + 1))
                    || words.is(d.token(k + 1), WordClass.DET));
        }
        int first = start;
        boolean oxford = !coordinated && first - 3 >= s.first() && d.token(first - 1).is("and") && d.token(first - 2).isPunct(',');
        if (oxford) {
            coordinated = true;
            first--; // "farm groups, and many lawmakers": the phrase read leftwards stopped at the Oxford comma's "and"
        }
        int listed = first;
        int items = 0;
        while (coordinated && items < 5 && listed - 2 >= s.first() && d.token(listed - 1).isPunct(',')) {
            int item = phrases.startBefore(d, listed - 1, s.first());
            if (item < 0 || listed - 1 - item > 3 || !(isNameItem(d, item, listed - 1) || isPluralItem(d, s, item, listed - 1))) {
                break;
            }
            listed = item;
            items++;
        }
        // an Oxford comma needs two items before it: ", and" alone more often joins two clauses ("the attacks, and the U.S. has")
        return items > (oxford ? 1 : 0) && startsClause(d, s, listed) ? listed : start;
    }

    /** "Mr. Cole", "Fiorina": a name. */
    private static boolean isNameItem(Document d, int from, int to) {
        return d.token(from).capitalized() && d.token(to - 1).capitalized();
    }

    /** "farm groups", "the families": a plural common noun, not a time ("In recent weeks, ..."). */
    private boolean isPluralItem(Document d, Sentence s, int from, int to) {
        String w = d.token(to - 1).lower();
        for (int k = from; k < to; k++) {
            if (words.isTime(d.token(k)) || d.token(k).capitalized() && k > s.first()) {
                return false;
            }
        }
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s");
    }

    /**
     * "those who said the economy was their top issue split", "27 percent of those whose income fell backed": in poll
     * reports a group of people named by a relative clause, however long, is the subject. Null if the words before
     * {@code end} are no such clause.
     */
    private TokenSpan beforeThoseWho(Document d, Sentence s, int end) {
        for (int r = end - 2; r > s.first() && end - r <= MAX_THOSE; r--) {
            Token t = d.token(r);
            if (leavesRelativeClause(t)) {
                return null;
            }
            if ((t.is("who") || t.is("whose")) && d.token(r - 1).is("those")) {
                int start = r - 1;
                if (start - 1 > s.first() && d.token(start - 1).is("of")) {
                    int share = phrases.startBefore(d, start - 1, s.first()); // "27 percent of those who"
                    start = share >= 0 ? share : start;
                }
                return startsClause(d, s, start) ? new TokenSpan(start, end) : null;
            }
        }
        return null;
    }

    /**
     * Whether a scan back through a relative clause has left it: at punctuation, a subordinating word other than
     * "that", or a conjunction ("those who voted, and ...", "because those who ...").
     */
    private boolean leavesRelativeClause(Token t) {
        return t.type() != TokenType.WORD && t.type() != TokenType.NUMBER || words.is(t, WordClass.SUB) && !t.is("that")
                || words.is(t, WordClass.CONJ);
    }

    /**
     * "economists who favor consumption taxes agree", "Republicans who have praised his candidacy warned": a
     * restrictive relative clause whose subject is its pronoun stands between the subject and its verb at {@code end};
     * the subject is the noun phrase before the pronoun with its clause, which restricts it. Null if there is no such clause.
     */
    private TokenSpan beforeRelativeClause(Document d, Sentence s, int end) {
        int nearest = phrases.startBefore(d, end, s.first());
        for (int r = end - 1; r > s.first() && end - r <= MAX_RELATIVE; r--) {
            Token t = d.token(r);
            if (leavesRelativeClause(t)) {
                return null;
            }
            if (r == end - 1 && NounPhrases.isRelativePronoun(t)) {
                return null; // "... in the country who has refused to": the verb's subject is the pronoun itself
            }
            if (r > end - 2 || !NounPhrases.isRelativePronoun(t)) {
                continue;
            }
            if (!phrases.isNominal(d.token(r - 1)) || phrases.isFiniteVerb(d.token(r - 1))) {
                return null; // "now that Cruz has endorsed": a conjunction, the clause has its own subject
            }
            Token next = d.token(r + 1);
            // the pronoun is the relative clause's subject: a verb group follows it. After "that" or "which", a noun phrase
            // running from the pronoun to the verb is the verb's own subject ("information that investigators said",
            // "the claim that the economists favor")
            boolean verbAfter = words.isAuxiliaryAt(d, r + 1) || words.isAdverb(next) || phrases.isFiniteVerb(next)
                    || next.isWord() && !next.capitalized() && !words.isFunctionWord(next) && lacksNounSuffix(next)
                    && (t.is("who") || nearest > r + 1);
            if (!verbAfter) {
                return null;
            }
            int start = phrases.startBefore(d, r, s.first());
            return start < 0 ? null : new TokenSpan(start, end);
        }
        return null;
    }

    /** Whether a word's ending allows a finite verb: "favor", "favors", "praised" (not "-tion", "-ment"). */
    private static boolean lacksNounSuffix(Token t) {
        String w = t.lower();
        return !(w.endsWith("tion") || w.endsWith("ment") || w.endsWith("ness") || w.endsWith("ity") || w.endsWith("ism")
                || w.endsWith("ist") || w.endsWith("ists") || w.endsWith("ers") || w.endsWith("er") || w.endsWith("or") && w.length() > 6);
    }

    /**
     * "Gustav Ando, research director for IHS, a consulting company, said", "Carole Bower, 75, a retiree, said": the
     * nearest apposition may itself stand after a comma, in apposition to a name before it, which is the subject (also
     * before a parenthetical: "Brian Murphy, the chairman of ..., for example, said").
     */
    private TokenSpan withNameBefore(Document d, Sentence s, TokenSpan found) {
        int comma = found.first() - 1;
        if (comma <= s.first() || !d.token(comma).isPunct(',')) {
            return found;
        }
        TokenSpan longer = apposed(d, s, comma, found.last());
        return longer != null && comma - longer.first() <= 4 && isNameLike(d, longer.first(), comma) ? longer : found;
    }

    /** Whether the words from {@code from} to {@code to} can name a person: capitalised first, no participle ("Speaking in Harlem"). */
    private boolean isNameLike(Document d, int from, int to) {
        Token first = d.token(from);
        if (!first.capitalized() || words.isFunctionWord(first)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (d.token(k).lower().endsWith("ing") || d.token(k).type() == TokenType.DASH) {
                return false;
            }
        }
        return true;
    }

    /** The subject before the comma at {@code q} with what stands between it and the comma at {@code p}, if it fits. */
    private TokenSpan apposed(Document d, Sentence s, int q, int p) {
        int start = withHeadBefore(d, s, phrases.startBefore(d, q, s.first()), q);
        if (start < 0 || words.is(d.token(start), WordClass.WH) && !d.token(start).is("who") || !startsClause(d, s, start)) {
            return null;
        }
        Token segment = d.token(q + 1);
        if (segment.is("including") || (segment.is("like") || segment.is("along") && d.token(q + 2).is("with"))
                && !NounPhrases.isRelativePronoun(d.token(start))) {
            // "Several candidates, including Trump, said", "Economists, like their rivals, say", "Fox, along with Cole,
            // wrote": the examples and companions belong to the subject (not to a relative "who, like ..., said")
            return new TokenSpan(start, p);
        }
        if (isParenthetical(d, q + 1, p)) {
            return new TokenSpan(start, q);
        }
        if (words.is(segment, WordClass.DET) || words.is(segment, WordClass.POSS) || segment.is("who") || segment.is("which")
                || segment.is("whose") || segment.is("as") || segment.is("of") && d.token(start).type() != TokenType.NUMBER || gazetteer.isTitle(segment)
                || phrases.isNominal(segment)) {
            // "Mr. Mahaney, of RBC Capital Markets, said": "of" after the comma says where the subject is from
            return new TokenSpan(start, p);
        }
        return null;
    }

    /**
     * Where the phrase before an apposition starts when the phrase read leftwards stopped at a preposition after its
     * head: "One of them, UnitedHealth Group, has", "The employee of four years, a registered Republican, said", "A
     * delegate not on the slate, Kelly Schmidt, told"; {@code start} if the head does not open its clause.
     */
    private int withHeadBefore(Document d, Sentence s, int start, int comma) {
        if (start < 0 && comma - 2 > s.first() && words.is(d.token(comma - 1), WordClass.OBJ) && d.token(comma - 2).is("of")) {
            start = comma - 1; // "One of them,"
        }
        if (start - 2 < s.first() || startsClause(d, s, start)) {
            return start;
        }
        Token prep = d.token(start - 1);
        if (prep.capitalized() || !(prep.is("of") || HEAD_PREPOSITIONS.contains(prep.lower()))) {
            return start;
        }
        int headEnd = d.token(start - 2).is("not") ? start - 2 : start - 1;
        return headPhraseStart(d, s, headEnd, start);
    }

    /**
     * Where the head phrase ending at {@code headEnd} starts, if it opens its clause and holds no past form ("the
     * employee of", not "Mook convened staff for"); {@code start} otherwise.
     */
    private int headPhraseStart(Document d, Sentence s, int headEnd, int start) {
        int outer = phrases.startBefore(d, headEnd, s.first());
        return outer >= 0 && outer < headEnd && startsClause(d, s, outer) && !pastFormIn(d, outer, headEnd) ? outer : start;
    }

    /** Whether a noun phrase starting at {@code k} can be a subject: it starts the sentence or follows a break. */
    private boolean startsClause(Document d, Sentence s, int k) {
        if (k == s.first()) {
            return true;
        }
        Token p = d.token(k - 1);
        // "those where Marc Elias, a lawyer, sought", "the moment when Dana Perino, a host, refused"
        return p.type() == TokenType.PUNCT || p.type() == TokenType.DASH || p.type() == TokenType.QUOTE
                || words.is(p, WordClass.SUB) || words.is(p, WordClass.CONJ) || words.isAdverb(p) || words.isTime(p)
                || (p.is("where") || p.is("when")) && !p.capitalized();
    }

    /** ", however," ", referencing ...," ", in a statement,": set off by commas, not an apposition. */
    private boolean isParenthetical(Document d, int from, int to) {
        Token first = d.token(from);
        if (to - from == 1 && (words.isAdverb(first) || first.is("too") || first.is("though"))) {
            return true;
        }
        if (words.isAdverb(first) && !first.is("also")) {
            return true;
        }
        if (words.is(first, WordClass.PREP) && !first.is("of") || words.is(first, WordClass.CONJ)
                || words.is(first, WordClass.SUB) && !first.is("as") && !first.is("that") || first.is("when") || first.is("where")) {
            return true; // ", in a statement,", ", after trading insults with Mr. Hannity,", ", when contacted by Reuters,"
        }
        if (words.is(first, WordClass.REFL)) {
            return true; // ", himself up for reelection,"
        }
        Token verb = first.is("also") && from + 1 < to ? d.token(from + 1) : first; // ", also campaigning in Wisconsin,"
        String w = verb.lower();
        return verb.isWord() && !verb.capitalized() && (w.endsWith("ing") || w.endsWith("ed")) && w.length() > 4;
    }

    /** Whether the word at {@code k} is a participle after a common noun: "poll released", "report published", "poll out". */
    private boolean isParticipleAfterNoun(Document d, Sentence s, int k) {
        Token t = d.token(k);
        Token noun = k > s.first() ? d.token(k - 1) : null;
        return noun != null && (words.isRegularPast(t) || t.is("out") && !t.capitalized())
                && phrases.isNominal(noun) && (!noun.capitalized() || k - 1 == s.first()) && !words.isTime(noun);
    }

    /** Whether a cue starting with {@code t} can have its subject before it: not a participle ("since announcing"). */
    private static boolean isFiniteGroup(Token t) {
        return !t.lower().endsWith("ing") && !t.is("to");
    }

    /**
     * Skips what the cue's verb group left out between the subject and the cue: auxiliaries and adverbs ("many would
     * likely point out", "Mr. Trump seldom speaks of", "allies have in the past said", "they are all quick to").
     */
    private int skipGroupBefore(Document d, Sentence s, int p) {
        int q = p;
        while (q >= s.first() && p - q < MAX_GROUP) {
            Token t = d.token(q);
            if (words.isAuxiliary(t) || words.isAdverb(t) || GROUP_WORDS.contains(t.lower()) && !t.capitalized()) {
                q--;
            } else if (words.is(t, WordClass.PREP) && !t.capitalized() && q < p && (GROUP_WORDS.contains(d.token(q + 1).lower())
                    || words.is(d.token(q + 1), WordClass.DET))) {
                q--; // "in fact", "in the past"
            } else if (words.is(t, WordClass.DET) && q < p && q > s.first() && words.is(d.token(q - 1), WordClass.PREP)
                    && GROUP_WORDS.contains(d.token(q + 1).lower())) {
                q--;
            } else {
                break;
            }
        }
        return skipTimeBefore(d, s, q);
    }

    /** Whether a time word in capitals ends a name: "USA TODAY reported" (not "Trump today said"). */
    private static boolean endsName(Document d, Sentence s, int k) {
        return d.token(k).is("today") && d.token(k).allCaps() && k > s.first() && d.token(k - 1).capitalized();
    }

    /** Skips a time expression between a subject and its verb: "Trump on Tuesday said". */
    private int skipTimeBefore(Document d, Sentence s, int p) {
        int q = p;
        // "earlier in the day", "on Tuesday", "at the time": a prepositional phrase holding a time word
        for (int m = p; m > s.first() && p - m < 5; m--) {
            if (words.is(d.token(m), WordClass.PREP) && (d.token(m).is("in") || d.token(m).is("on") || d.token(m).is("at")
                    || d.token(m).is("during") || d.token(m).is("after") || d.token(m).is("before") || d.token(m).is("for"))) {
                boolean time = false;
                for (int k = m + 1; k <= p; k++) {
                    // "earlier in the day", "for the first time"
                    time |= words.isTime(d.token(k)) || d.token(k).is("day") || d.token(k).is("time");
                }
                // "for the first time" ends in its time ("for a month after he posted" is no time phrase)
                if (time && (!d.token(m).is("for") || d.token(p).is("time"))) {
                    q = m - 1;
                    while (q >= s.first() && (d.token(q).is("earlier") || d.token(q).is("later") || words.isTime(d.token(q)))) {
                        q--;
                    }
                    return q;
                }
                break;
            }
            if (!d.token(m).isWord() || words.is(d.token(m), WordClass.CONJ)) {
                break; // "came to Mason City on Wednesday night and recounted": no time phrase ends at "and"
            }
        }
        if (q > s.first() && (d.token(q).is("later") || d.token(q).is("earlier") || d.token(q).is("ago"))) {
            // "Fiorina a month later announced", "Trump two weeks ago said", "The administration long ago showed"
            int m = q - 1;
            while (m >= s.first() && q - m <= 3 && (words.isTime(d.token(m)) || d.token(m).type() == TokenType.NUMBER
                    || words.is(d.token(m), WordClass.DET) || QuantityFinder.isNumberWord(d.token(m).lower()) || d.token(m).is("few")
                    || d.token(m).is("long"))) {
                m--;
            }
            if (m < q - 1) {
                q = m;
            }
        }
        while (q >= s.first() && (words.isTime(d.token(q)) && !endsName(d, s, q) || d.token(q).type() == TokenType.NUMBER
                && q > s.first() && words.isTime(d.token(q - 1)))) {
            q--;
        }
        if (q == p) {
            return p;
        }
        while (q >= s.first() && (words.isTimeModifier(d.token(q)) || d.token(q).is("past"))) {
            q--; // "this past week"
        }
        return q;
    }
}
