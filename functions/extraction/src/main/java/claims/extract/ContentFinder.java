package claims.extract;

import java.util.Set;

/**
 * Finds a cue's content: after it, from the complementiser or the quotation that follows (skipping the
 * addressee of "told" and adverbials like "on Tuesday"), to the end of the clause; or before it, the
 * quotation or clause that ends where its source starts. A clause ends at the sentence's end, at the
 * attribution of a later cue ('..., she said', '..., adding ...'), or where a quotation holding the cue ends.
 */
final class ContentFinder {

    private final FunctionWords words;
    private final NounPhrases phrases;
    private final ObjectEnd objects;
    private final SubjectFinder subjects;

    ContentFinder(FunctionWords words, NounPhrases phrases, Gazetteer gazetteer) {
        this.words = words;
        this.phrases = phrases;
        this.objects = new ObjectEnd(words, phrases);
        this.subjects = new SubjectFinder(words, phrases, gazetteer);
    }

    /**
     * The content of {@code cue}, or null if it has none.
     *
     * @param cuts   token indices where a later attribution of the sentence starts: content after a cue stops there
     * @param starts token indices where an earlier attribution of the sentence ends: content before a cue starts there
     */
    TokenSpan content(Document d, Sentence s, Cue cue, Placement place, Cuts cuts, Cuts starts) {
        return switch (cue.kind()) {
            case HEDGE_ADVERB -> hedged(d, s, cue, cuts, false);
            case HEDGE_RAISING -> hedged(d, s, cue, cuts, true);
            case PASSIVE -> passive(d, s, cue, place, cuts);
            case DASH -> quoteBefore(d, cue.first());
            case COLON -> paragraphAfter(d, s, cue, place, cuts);
            case NOUN -> nounClause(d, s, after(d, s, cue, place.groupEnd(), cuts), place);
            default -> place.contentBefore() ? before(d, s, cue, place, cuts, starts) : afterOrExclaimed(d, s, cue, place, cuts, starts);
        };
    }

    /** The content after the cue, or failing that an exclaimed quotation that ended the sentence before it. */
    private TokenSpan afterOrExclaimed(Document d, Sentence s, Cue cue, Placement place, Cuts cuts, Cuts starts) {
        TokenSpan content = after(d, s, cue, place, place.groupEnd(), cuts, inRelativeClause(d, s, place));
        if (content == null) {
            content = asideBefore(d, s, cue, place, starts);
        }
        return content != null ? content : exclaimedBefore(d, s, cue, place);
    }

    /**
     * 'the race "is a dead heat," as Cruz said on Monday, only ...', "the numbers changed, as he has acknowledged": a
     * reporting verb in an aside opened by "as" after a comma or dash, with nothing reported after it, reports the
     * clause before the comma (back to a semicolon, colon or dash), unless an attribution that follows its content
     * ends there.
     */
    private TokenSpan asideBefore(Document d, Sentence s, Cue cue, Placement place, Cuts starts) {
        int as = place.groupStart() - 1;
        if (!cue.reports() || place.source() == null || as - 2 < s.first() || !d.token(as).is("as")
                || place.groupEnd() < s.last() && d.token(place.groupEnd()).is("to")) {
            return null; // not "as mentioned above", "as Bush continued to interject"
        }
        int end = as - 1;
        if (d.quotes.closingAt(end) != null && d.token(end - 1).isPunct(',')) {
            end = as; // 'a dead heat right now," as Cruz said': the quotation closes after its comma
        } else if (!d.token(end).isPunct(',') && d.token(end).type() != TokenType.DASH) {
            return null;
        }
        int start = end;
        while (start > s.first() && end - start < AttributionFinder.MAX_CONTENT && !bounds(d.token(start - 1))) {
            start--;
        }
        // not "lawmakers said Friday, as they bristled at ...": the clause before is already another cue's content
        return end - start > 1 && starts.atOrBefore(end, s.first()) <= start ? new TokenSpan(start, end) : null;
    }

    /** Punctuation that bounds the clause an "as" aside reports: a semicolon, colon or dash. */
    private static boolean bounds(Token t) {
        return t.isPunct(';') || t.isPunct(':') || t.type() == TokenType.DASH;
    }

    /**
     * '"Perpetual motion!" Rep. Smith said of the week.': a quotation that ends in "!" or "?" ends the sentence
     * before its attribution, which opens the next one and has nothing after it to report; the quotation is what
     * it reports.
     */
    private TokenSpan exclaimedBefore(Document d, Sentence s, Cue cue, Placement place) {
        int p = s.first() - 1;
        if (!cue.reports() || place.groupStart() != s.first() || p < 1 || d.token(s.first()).lineStart()) {
            return null;
        }
        Quote q = d.quotes.closingAt(p);
        if (q == null || q.isEmpty() || !(d.token(p - 1).isPunct('!') || d.token(p - 1).isPunct('?'))) {
            return null;
        }
        return new TokenSpan(q.open(), q.close() + 1);
    }

    private TokenSpan after(Document d, Sentence s, Cue cue, int from, Cuts cuts) {
        return after(d, s, cue, null, from, cuts, false);
    }

    /**
     * The content after a cue, from {@code from}.
     *
     * @param endsAtComma the content ends at the first comma: the cue is in a relative clause ("Sanders, who ...
     *                    said he would campaign with him, did not show up")
     */
    private TokenSpan after(Document d, Sentence s, Cue cue, Placement place, int from, Cuts cuts, boolean endsAtComma) {
        int k = from;
        if (cue.entry() != null && cue.entry().listener() && k < s.last()) {
            k = skipListener(d, s, k);
        }
        k = skipAdverbials(d, s, k);
        if (k < s.last() && (d.token(k).isPunct(':') || d.token(k).isPunct(',')) && k + 1 < s.last()
                && (d.quotes.openingAt(k + 1) != null || d.token(k + 1).is("that"))) {
            k++;
        } else if (k < s.last() && d.token(k).isPunct(':')) {
            k++;
        }
        boolean asClause = place != null && k + 1 < s.last() && d.token(k).isPunct(',') && opensWithAs(d, s, place);
        if (asClause) {
            k++; // "As Purple PAC's Crane said, the two candidates have become ...": the content follows the comma
        }
        if (k >= s.last()) {
            return null;
        }
        if (cue.kind() != CueKind.NOUN && cue.entry() != null && cue.entry().rest().length == 0 && cue.entry().report()
                && words.is(d.token(k), WordClass.PREP) && !phrases.isInfinitiveAt(d, k, s.last())
                && !(isTopicPreposition(d.token(k)) && cue.entry().listener()) && !openingPhraseOfClause(d, s, k)
                && !(d.token(k).is("about") && k + 1 < s.last() && VerbCues.isApproximateNumber(d.token(k + 1)))) {
            // "adding to the conflict", "what he said at the time": a prepositional phrase, not reported speech (but
            // "asked the candidate about his plan" gives a question's topic, as "warned voters of a crisis" and "warned
            // them against a third party" do, and "said about half of them left" a clause whose subject opens with a
            // rounded number)
            return null;
        }
        Quote q = d.quotes.openingAt(k);
        if (q != null && !q.isEmpty()) {
            int end = q.close() + 1;
            if (q.close() < s.last() - 1 && !restIsPunctuation(d, s, q.close() + 1)) {
                int clause = clauseEnd(d, s, k, cue, cuts);
                if (!closesWithComma(d, q) || quoteBetween(d, q.close() + 1, clause)) {
                    end = Math.max(end, clause);
                }
            }
            return new TokenSpan(k, end);
        }
        int end = citedAsSaying(d, s, cue, clauseEnd(d, s, k, cue, cuts), cuts);
        if (takesObject(cue) && objects.startsObject(d, s, k)) {
            end = trimLeadIn(d, k, objects.end(d, k, end));
        }
        if (cue.entry() != null && cue.entry().quoted()) {
            end = namingQuoteEnd(d, k, end);
        }
        // "When asked which quality mattered most, only 23 percent ...": the question ends at the comma too
        if (endsAtComma || place != null && !asClause && introClause(d, s, cue, place)) {
            end = firstCommaEnd(d, k, end);
        }
        return end > k ? new TokenSpan(k, end) : null;
    }

    /**
     * 'called the plan "a disgrace" and walked out': the naming of a verb like "call" ends with its quotation when the
     * writer's words go on after it with punctuation or a conjunction.
     */
    private int namingQuoteEnd(Document d, int k, int end) {
        for (int m = k + 1; m < end; m++) {
            Quote q = d.quotes.closingAt(m);
            if (q != null && q.open() >= k) {
                return m + 2 < end && writersWordsAfterName(d, m + 1) ? m + 1 : end;
            }
        }
        return end;
    }

    /**
     * The end of a content at its first comma or dash in {@code [k, end)}: a comma that closes a quotation of the
     * content's keeps the quotation ('When Maddow noted that Sanders calls it "Medicare for all," Clinton ...'), one
     * inside it does not count ('calls it "a fraud, a disgrace"').
     */
    private static int firstCommaEnd(Document d, int k, int end) {
        for (int m = k; m < end; m++) {
            if (!(d.token(m).isPunct(',') || d.token(m).type() == TokenType.DASH)) {
                continue;
            }
            Quote around = d.quotes.around(m);
            if (around == null || around.open() < k || !around.closed() || around.close() >= end) {
                return m;
            }
            if (around.close() == m + 1) {
                return m + 2;
            }
        }
        return end;
    }

    /**
     * Whether the words at {@code k}, after a naming quotation, are the writer's: a comma or parenthesis ('"a disgrace"
     * (though ...)'), or a conjunction before a verb or a subject ('"a disgrace" and walked out', '"a fine plan," and I
     * agree'); not a gloss ('"tontos" ("fools")') or a second name ('"a disgrace" and a "waste of money"').
     */
    private boolean writersWordsAfterName(Document d, int k) {
        Token t = d.token(k);
        Token next = d.token(k + 1);
        if (t.isPunct(',') || t.isPunct('(') || t.isPunct(';')) {
            return d.quotes.openingAt(k + 1) == null;
        }
        boolean clause = phrases.isFiniteVerb(next) || words.isRegularPast(next) || words.is(next, WordClass.PRON)
                || words.isAuxiliaryAt(d, k + 1);
        return words.is(t, WordClass.CONJ) && clause;
    }

    /**
     * Whether a quotation's words end in a comma inside its closing mark: what follows is the writer's ('chanting "No
     * wall, no peace," raising fears of ...'), unless another quotation goes on with the words ('telling "A," and,
     * "B"'); a quotation without the comma goes on into the clause ('said "nobody" would pay for the pier').
     */
    private static boolean closesWithComma(Document d, Quote q) {
        return q.closed() && q.close() - 1 > q.open() && d.token(q.close() - 1).isPunct(',');
    }

    private static boolean quoteBetween(Document d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.quotes.openingAt(k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The paper quoted one of his advisers as saying the candidate was tired": a citing cue's content goes on over what
     * its object is reported as saying (unquoted); {@code end} otherwise.
     */
    private int citedAsSaying(Document d, Sentence s, Cue cue, int end, Cuts cuts) {
        if (cue.entry() == null || !cue.entry().has(CueTag.CITE)) {
            return end;
        }
        int m = end;
        while (m < s.last() && d.token(m).isPunct(',')) {
            m++;
        }
        if (m + 2 >= s.last() || !d.token(m).is("as") || !d.token(m + 1).is("saying") || d.quotes.openingAt(m + 2) != null) {
            return end; // 'quoted the president as saying "..."': the quotation is a claim of its own
        }
        int more = clauseEnd(d, s, m + 2, cue, cuts);
        return more > m + 2 ? more : end;
    }

    /** Whether the cue takes a noun phrase as its content ("endorsed Cruz", "his support for Trump"), not a clause. */
    private static boolean takesObject(Cue cue) {
        return cue.entry() != null && !cue.entry().report() && !cue.entry().has(CueTag.AS) && !cue.entry().quoted();
    }

    /** "says despite being a Stanford alumna, she plans to ...": a phrase, then a comma and the reported clause. */
    private boolean openingPhraseOfClause(Document d, Sentence s, int k) {
        for (int m = k + 1; m + 1 < s.last() && m - k <= 10; m++) {
            Token t = d.token(m);
            if (t.isPunct(',')) {
                Token n = d.token(m + 1);
                return phrases.isSubjectPronoun(n) && !n.is("it") || words.is(n, WordClass.DET) && !n.is("that");
            }
            if (words.isAuxiliaryAt(d, m) || phrases.isFiniteVerb(t) || !(t.isWord() || t.type() == TokenType.NUMBER)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a subject and a verb start at {@code k}: "and his administration has made", not "and Park". */
    private boolean clauseAhead(Document d, int k, int end) {
        for (int m = k; m < end && m - k < 5; m++) {
            Token t = d.token(m);
            if (words.isAuxiliaryAt(d, m) || phrases.isFiniteVerb(t) || m > k && isPastForm(t) && !participle(d, m + 1, end)) {
                return m > k;
            }
            if (!(t.isWord() || t.type() == TokenType.NUMBER)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word after an "-ed" form makes it a participle: "events designed to", "those directed to her". */
    private static boolean participle(Document d, int k, int end) {
        return k >= end || d.token(k).is("to") || d.token(k).is("by") || !d.token(k).isWord();
    }

    /** A lower-case word in "-ed" that is no function word: a past verb after a subject ("Emanuel released"). */
    private boolean isPastForm(Token t) {
        return words.isRegularPast(t) && !words.isFunctionWord(t);
    }

    /**
     * Whether the cue stands in an opening subordinate clause or phrase that a comma closes: "When asked ...,", "As
     * reported by ...,", "Last month, when I asked Bernie Sanders if ...,", "Despite disclaimers urging calm,", "Asked
     * which quality mattered most,".
     */
    private boolean introClause(Document d, Sentence s, Cue cue, Placement place) {
        int start = place.source() != null ? Math.min(place.groupStart(), place.source().first()) : cue.first();
        if (start == s.first() && place.source() == null && d.token(cue.head()).lower().endsWith("ed")) {
            return true; // "Asked which quality mattered most, only 23 percent ...", "Asked to leave, he refused"
        }
        for (int k = start - 1; k >= s.first() && start - k <= 2; k--) {
            Token t = d.token(k);
            if (words.is(t, WordClass.SUB) && !t.is("that") && !t.is("so") && !t.is("than") || t.is("when")) {
                // "His popularity, even after he criticized Bush, shows ...": an adverb may come between comma and subordinator
                return k == s.first() || d.token(k - 1).isPunct(',') || opensSentence(d, s, k - 1) || spanBefore(d, s, k)
                        || k - 2 >= s.first() && words.isAdverb(d.token(k - 1)) && d.token(k - 2).isPunct(',');
            }
            if (k == s.first() && words.is(t, WordClass.PREP)) {
                return true; // "Despite pre-event disclaimers urging peaceable conduct, Mr. Trump's tone ..."
            }
        }
        return opensWithSubordinateClause(d, s, start);
    }

    /**
     * Whether the sentence opens with a subordinate clause that runs unbroken to {@code start}: "While Democrats are
     * united in supporting the plan, Republicans are divided", "Although critics have blasted the deal, it ..."; not
     * "As" ("as he said, ..." is handled apart, and "As the senator argued that ..." often runs on).
     */
    private boolean opensWithSubordinateClause(Document d, Sentence s, int start) {
        int k = s.first();
        if (k + 1 < start && words.is(d.token(k), WordClass.CONJ)) {
            k++; // "But while ..."
        }
        Token t = d.token(k);
        if (!(words.is(t, WordClass.SUB) || t.is("when")) || t.is("that") || t.is("as") || t.is("so") || t.is("than")
                || t.is("whether") || start - k > MAX_INTRO_CLAUSE) {
            return false;
        }
        for (int m = k + 1; m < start; m++) {
            Token x = d.token(m);
            if (x.isPunct(',') || x.type() == TokenType.DASH || x.type() == TokenType.QUOTE || x.isPunct(':')) {
                return false;
            }
        }
        return k + 1 < start;
    }

    /** The longest opening subordinate clause, up to its cue, in tokens. */
    private static final int MAX_INTRO_CLAUSE = 25;

    /** Whether only a span of time opens the sentence before {@code k}: "Years after ...", "Two weeks before ...". */
    private boolean spanBefore(Document d, Sentence s, int k) {
        if (k - s.first() > 2) {
            return false;
        }
        for (int m = s.first(); m < k; m++) {
            Token t = d.token(m);
            String w = t.lower();
            String unit = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (!(t.type() == TokenType.NUMBER || QuantityFinder.isNumberWord(w) || TIME_UNITS.contains(unit))) {
                return false;
            }
        }
        return k > s.first();
    }

    /** Units of a span of time, singular: "years after", "two weeks before". */
    private static final Set<String> TIME_UNITS = Set.of("minute", "hour", "day", "week", "month", "year", "decade", "moment");

    /** Whether a connective opens the sentence at {@code k}: "But when ...", "Still, even though ...". */
    private boolean opensSentence(Document d, Sentence s, int k) {
        Token t = d.token(k);
        if (!(words.is(t, WordClass.CONJ) || words.isAdverb(t))) {
            return false;
        }
        return k == s.first() || k - 2 == s.first() && d.token(k - 1).isPunct(',');
    }

    /**
     * "The company's claim that sales rose was false": when the noun's phrase is the sentence's subject, its clause
     * ends before the sentence's own verb (its last auxiliary).
     */
    private TokenSpan nounClause(Document d, Sentence s, TokenSpan content, Placement place) {
        if (content == null || place.groupStart() != s.first() || !d.token(content.first()).is("that")) {
            return content;
        }
        for (int m = content.last() - 1; m > content.first() + 2; m--) {
            if (words.isAuxiliaryAt(d, m) && !words.is(d.token(m - 1), WordClass.PRON)) {
                return new TokenSpan(content.first(), m);
            }
        }
        // "... claim that sales doubled surprised investors": the last of two past-tense verbs is the sentence's
        int verbs = 0;
        int lastVerb = -1;
        for (int m = content.first() + 2; m < content.last(); m++) {
            Token t = d.token(m);
            if (t.isWord() && !t.capitalized() && t.lower().endsWith("ed") && !words.isFunctionWord(t)
                    && phrases.isNominal(d.token(m - 1)) && !words.is(d.token(m - 1), WordClass.DET)) {
                verbs++;
                lastVerb = m;
            }
        }
        return verbs >= 2 ? new TokenSpan(content.first(), lastVerb) : content;
    }

    /** Whether "as" opens the cue's group: "As Crane said, ...", "as the minister put it, ...". */
    private static boolean opensWithAs(Document d, Sentence s, Placement place) {
        int start = place.source() != null ? Math.min(place.groupStart(), place.source().first()) : place.groupStart();
        return start > s.first() && d.token(start - 1).is("as");
    }

    /** Whether the source is "who" or "which" opening a relative clause set off by a comma. */
    private static boolean inRelativeClause(Document d, Sentence s, Placement place) {
        TokenSpan src = place.source();
        if (src == null || src.last() - src.first() != 1 || src.first() <= s.first()) {
            return false;
        }
        Token t = d.token(src.first());
        return (t.is("who") || t.is("which")) && d.token(src.first() - 1).isPunct(',');
    }

    private static boolean onlyPunctuationAfter(Document d, Sentence s, int k) {
        for (int m = k; m < s.last(); m++) {
            if (d.token(m).isWord() || d.token(m).type() == TokenType.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private boolean restIsPunctuation(Document d, Sentence s, int k) {
        for (int m = k; m < s.last(); m++) {
            Token t = d.token(m);
            if (t.isWord() || t.type() == TokenType.NUMBER) {
                return false;
            }
            if (t.isPunct(',')) {
                return true;
            }
        }
        return true;
    }

    private TokenSpan before(Document d, Sentence s, Cue cue, Placement place, Cuts cuts, Cuts starts) {
        int p = place.groupStart() - 1;
        while (p >= s.first() && (d.token(p).isPunct(',') || d.token(p).type() == TokenType.DASH || d.token(p).isPunct(':'))) {
            p--;
        }
        TokenSpan content;
        Quote q = p >= 0 ? d.quotes.closingAt(p) : null;
        if (q != null && !q.isEmpty()) {
            content = new TokenSpan(mixedQuoteStart(d, s, q, starts), q.close() + 1);
        } else if (p < s.first()) {
            return null;
        } else {
            // "X said in a bill filed Tuesday, according to the Philippine Star": "according to" reports the whole
            // attribution before it
            int start = cue.kind() == CueKind.ACCORDING_TO ? attributionStart(d, s, p) : starts.atOrBefore(p, s.first());
            content = new TokenSpan(skipOpener(d, words.afterDateline(d, start, p + 1), p + 1), p + 1);
            if (isOnlyIntro(d, content)) {
                content = null; // "And yet, Mrs. Clinton's aides say, Syria remains ...": the content is after the group
            }
        }
        // 'A, X said, B': the content goes on after the attribution
        int g = place.groupEnd();
        while (g < s.last() && (words.isTime(d.token(g)) || words.isAdverb(d.token(g)))) {
            g++;
        }
        if (!inRelativeClause(d, s, place)) {
            // a quotation that opens the sentence (not 'When someone shouted, "Lies," the mayor joked, "..."')
            boolean opening = q != null && !q.isEmpty() && content.first() == q.open() && q.open() == s.first();
            Quote resumed = opening ? resumedQuote(d, s, cue, place, g, cuts) : null;
            if (resumed != null) {
                return new TokenSpan(content.first(), resumed.close() + 1);
            }
            g = skipPhraseBeforeQuote(d, s, g);
        }
        if (g + 1 < s.last() && (d.token(g).isPunct(',') || d.token(g).type() == TokenType.DASH || d.token(g).isPunct(':'))
                && !cuts.contains(g + 1) && !startsAdjunct(d, g + 1, cue.last() == place.groupEnd())) {
            Quote next = d.quotes.openingAt(g + 1);
            boolean quoted = next != null && !next.isEmpty();
            int end = quoted ? next.close() + 1 : clauseEnd(d, s, g + 1, cue, cuts);
            // '"A," Maddow said, another reference to ...': after a whole quotation, unquoted words are the writer's
            if (end > g + 1 && (quoted || (q == null || q.isEmpty()) && !writersWords(d, s, place, content, g, end))) {
                content = new TokenSpan(content == null ? g + 1 : content.first(), end);
            }
        }
        return content;
    }

    /**
     * Whether the unquoted words {@code [g + 1, end)} after an attribution and the mark at {@code g} are the writer's:
     * the source's apposition, or an aside after a lone dash.
     */
    private boolean writersWords(Document d, Sentence s, Placement place, TokenSpan content, int g, int end) {
        if (complete(d, content) && apposition(d, g + 1, end)) {
            return true;
        }
        return d.token(g).type() == TokenType.DASH && !d.token(g + 1).is("that") && !dashBefore(d, s, place.groupStart());
    }

    /**
     * Whether a dash stands in the sentence before {@code k}: then a dash after the attribution closes a pair ("most
     * Americans - 63 percent, according to the report - still believe ..."), rather than opening the writer's aside
     * ("..., according to the Tax Policy Center - half a percentage point of GDP").
     */
    private static boolean dashBefore(Document d, Sentence s, int k) {
        for (int m = Math.max(s.first(), k - AttributionFinder.MAX_CONTENT); m < k; m++) {
            if (d.token(m).type() == TokenType.DASH) {
                return true;
            }
        }
        return false;
    }

    /** Whether a content before its attribution can end where it does: not "It was", not "instead of". */
    private boolean complete(Document d, TokenSpan content) {
        return content != null && !words.isFunctionWord(d.token(content.last() - 1));
    }

    /**
     * Whether the unquoted words after an attribution are a noun phrase only, the source's apposition: "..., according
     * to a lawsuit filed by Yulia Tymoshenko, a former prime minister", "..., said Ms. Romero, the director of ...",
     * "..., according to a report from WKOW, the ABC affiliate in Madison" (a phrase after the noun, but no verb).
     */
    private boolean apposition(Document d, int k, int end) {
        Token t = d.token(k);
        if (!(t.is("a") || t.is("an") || t.is("the") || t.type() == TokenType.NUMBER || QuantityFinder.isNumberWord(t.lower()))) {
            return false;
        }
        int noun = phrases.endAfter(d, k, end, false);
        return noun > k && (noun == end || d.token(noun).isPunct(',') || !hasVerb(d, new TokenSpan(noun, end)));
    }

    /**
     * Skips a phrase of the writer's between an attribution and the comma before the next quotation: '"A," he told
     * CNN after the debate, "and B"', '"A," Trump said on Twitter, "B"'; {@code k} if none.
     */
    private int skipPhraseBeforeQuote(Document d, Sentence s, int k) {
        if (k >= s.last() || !words.is(d.token(k), WordClass.PREP)) {
            return k;
        }
        for (int m = k + 1; m + 1 < s.last() && m - k <= MAX_PHRASE_BEFORE_QUOTE; m++) {
            Token t = d.token(m);
            if (t.isPunct(',')) {
                // not a title: '"A," he wrote in his book, "Tough Choices"'
                Quote next = d.quotes.openingAt(m + 1);
                return next != null && next.close() - next.open() > MIN_QUOTED_WORDS ? m : k;
            }
            if (!(t.isWord() || t.type() == TokenType.NUMBER) || words.isAuxiliaryAt(d, m) || phrases.isFiniteVerb(t)
                    || words.is(t, WordClass.WH) || words.is(t, WordClass.SUB)) {
                return k;
            }
        }
        return k;
    }

    /**
     * The quotation that resumes a speaker's words after the writer's, when a whole quotation came before the
     * attribution: '"A," he told reporters on Sunday after the vote, "and B"', '"A," she said of the voters who
     * came, "B"', '"A," he said "B"'. It follows the speech verb directly, or the writer's words and a comma, short of
     * a later attribution; null if none, if only a comma stands between (the caller's case), if the writer's words are
     * a clause of their own ('"A," she said, but despite the tone, "B"'), or if the quotation may be a title ('"A,"
     * said Ann Lee, author of "The Long Harbour"').
     */
    private Quote resumedQuote(Document d, Sentence s, Cue cue, Placement place, int k, Cuts cuts) {
        int limit = cuts.after(k - 1, Math.min(s.last(), k + MAX_TOKENS_BEFORE_RESUMED_QUOTE));
        int first = k < limit && d.token(k).isPunct(',') ? k + 1 : k;
        if (first < limit && words.is(d.token(first), WordClass.CONJ)) {
            return null;
        }
        for (int m = k; m < limit; m++) {
            if (d.token(m).type() == TokenType.QUOTE) {
                Quote next = d.quotes.openingAt(m);
                boolean led = m == k && cue.last() == place.groupEnd() || m - 1 > k && d.token(m - 1).isPunct(',');
                return next != null && led && next.close() - next.open() > MIN_QUOTED_WORDS ? next : null;
            }
        }
        return null;
    }

    /** The most tokens of the writer's between an attribution and the quotation that resumes the speaker's words. */
    private static final int MAX_TOKENS_BEFORE_RESUMED_QUOTE = 20;

    /** The longest phrase of the writer's skipped between an attribution and a quotation, in tokens. */
    private static final int MAX_PHRASE_BEFORE_QUOTE = 10;

    /** Quotations of up to this many tokens after such a phrase may be titles ("in his book, 'An American Son'"). */
    private static final int MIN_QUOTED_WORDS = 5;

    /**
     * 'The bill's failure was "heartbreaking," she said': a quotation that the writer's own words lead into is
     * part of one reported clause; the content starts where that clause does.
     */
    private int mixedQuoteStart(Document d, Sentence s, Quote q, Cuts starts) {
        int open = q.open();
        boolean afterComma = open > s.first() && d.token(open - 1).isPunct(',') && continuesClause(d, q);
        if (open <= s.first() || !(d.token(open - 1).isWord() || afterComma)) {
            return open;
        }
        int start = words.afterDateline(d, starts.atOrBefore(open - 1, s.first()), open);
        for (int m = start; afterComma && m < open; m++) {
            if (d.token(m).type() == TokenType.QUOTE) {
                return open; // not 'Guns are "a crisis," and, "stunt growth"': after a comma, only the writer's words
            }
        }
        return start < open && !isOnlyIntro(d, new TokenSpan(start, open)) ? start : open;
    }

    /**
     * Whether a quotation opens in lower case, going on with the writer's words before it: 'The party, attended by
     * hundreds, "allows us to get our message out," she said'; not a full quoted sentence or "I".
     */
    private static boolean continuesClause(Document d, Quote q) {
        Token first = d.token(q.open() + 1);
        return first.isWord() && !first.capitalized() && !first.allCaps();
    }

    /**
     * Where the attribution before an "according to" starts: the sentence's start, or the opening of a quotation
     * that closes in it ('"... what does that mean?" Clinton asked, according to a transcript'). Bounded by the
     * longest content, so that a line of a thousand "according to" stays linear.
     */
    private int attributionStart(Document d, Sentence s, int p) {
        int start = Math.max(s.first(), p + 1 - AttributionFinder.MAX_CONTENT);
        Quote q = d.quotes.around(start);
        if (q == null && d.quotes.closingAt(start) != null) {
            q = d.quotes.closingAt(start);
        }
        return q != null && q.open() < start && start - q.open() <= AttributionFinder.MAX_CONTENT ? q.open() : start;
    }

    /** Whether a span is only an opening adverbial: "And yet", "But now", "Six months ago", "On Tuesday". */
    private boolean isOnlyIntro(Document d, TokenSpan span) {
        boolean time = false;
        boolean other = false;
        for (int k = span.first(); k < span.last(); k++) {
            Token t = d.token(k);
            if (words.isTime(t) || t.is("ago")) {
                time = true;
            } else if (t.isWord() && !(words.is(t, WordClass.CONJ) || words.isAdverb(t) || words.is(t, WordClass.SUB))) {
                other = true;
            }
        }
        int size = span.last() - span.first();
        // "In both cases, Eric Trump said, ...", "In an interview with Fox News' Sean Hannity on Monday night, Trump
        // responded": a prepositional phrase opening the sentence, without a verb
        boolean phrase = words.is(d.token(span.first()), WordClass.PREP) && (size <= 6 || size <= 16 && !hasVerb(d, span));
        return !other || time && size <= 5 || phrase;
    }

    private boolean hasVerb(Document d, TokenSpan span) {
        for (int k = span.first(); k < span.last(); k++) {
            Token t = d.token(k);
            if (words.isAuxiliaryAt(d, k) || phrases.isFiniteVerb(t) || t.isPunct(',') || d.quotes.openingAt(k) != null
                    || words.isRegularPast(t)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an adjunct after an attribution rather than more content: ", as he ...", ", who". */
    private boolean startsAdjunct(Document d, int k, boolean afterVerb) {
        Token t = d.token(k);
        if (t.is("that") || t.is("to") && k + 1 < d.size() && phrases.isVerbLike(d.token(k + 1))) {
            return false; // "Mr. Trump is so reckless, the vice president said, that ...", "it is his job, he said, to talk to ..."
        }
        if (t.is("because") || t.is("so") || t.is("by") && k + 1 < d.size() && d.token(k + 1).lower().endsWith("ing")
                || t.is("including") && afterVerb) {
            // "He leans to Kasich, he said, because ...", "The outlets stand in the way, he said, by creating ...", "The
            // emails were on many topics, the paper said, including ..." (not "according to polls, including one by ...")
            return false;
        }
        return words.is(t, WordClass.SUB) || words.is(t, WordClass.WH) || words.is(t, WordClass.PREP)
                || t.lower().endsWith("ing") && !t.capitalized();
    }

    /**
     * 'TAPPER: I think he is trying to campaign as a racial healer. I think ...': a speaker's label owns the rest of
     * its paragraph (as far as a content may run).
     */
    private TokenSpan paragraphAfter(Document d, Sentence s, Cue cue, Placement place, Cuts cuts) {
        int k = cue.last();
        if (k >= s.last() || d.quotes.openingAt(k) != null) {
            return after(d, s, cue, place, place.groupEnd(), cuts, false); // 'Lukashenko: "It's nonsense"'
        }
        int end = k + 1;
        while (end < d.size() && !d.token(end).lineStart() && end - k < AttributionFinder.MAX_CONTENT) {
            end++;
        }
        while (end > k && d.token(end - 1).type() == TokenType.PUNCT && !d.token(end - 1).isPunct('?')
                && !d.token(end - 1).isPunct('!')) {
            end--;
        }
        return end > k ? new TokenSpan(k, end) : null;
    }

    private TokenSpan quoteBefore(Document d, int cueFirst) {
        Quote q = cueFirst > 0 ? d.quotes.closingAt(cueFirst - 1) : null;
        return q == null || q.isEmpty() ? null : new TokenSpan(q.open(), q.close() + 1);
    }

    private TokenSpan passive(Document d, Sentence s, Cue cue, Placement place, Cuts cuts) {
        int k = skipAdverbials(d, s, place.groupEnd());
        if (k < s.last()) {
            Token t = d.token(k);
            boolean quoted = d.quotes.openingAt(k) != null || t.isPunct(',') && k + 1 < s.last() && d.quotes.openingAt(k + 1) != null;
            if (t.is("that") || t.is("whether") || t.is("if") || t.isPunct(':') || quoted) {
                return after(d, s, cue, place.groupEnd(), cuts); // "was told that", 'was asked, "Why now?"'
            }
            if (isQuestion(cue) && (words.is(t, WordClass.WH) || words.is(d.token(cue.last() - 1), WordClass.PREP)
                    && objects.startsObject(d, s, k))) {
                // "was asked why ...", "was asked about the protests": the question
                return after(d, s, cue, place, place.groupEnd(), cuts, false);
            }
            if (isQuestion(cue)) {
                TokenSpan question = questionPut(d, s, cue, place, k, cuts);
                if (question != null) {
                    return question;
                }
            }
        }
        if (place.source() == null) {
            return null;
        }
        // "The bill was criticized by Democrats": the subject is what the source spoke of
        int start = phrases.startBefore(d, cue.first(), s.first());
        return start < 0 || phrases.isSubjectPronoun(d.token(start)) ? null : new TokenSpan(start, cue.first());
    }

    /**
     * What a passive question puts: "was asked to name a bill", "asked by Ingraham about the plan", or with no
     * agent, the question named as its object ("was asked a question about the wall", not skipped as a listener the
     * way "asked Smith" is).
     */
    private TokenSpan questionPut(Document d, Sentence s, Cue cue, Placement place, int k, Cuts cuts) {
        Token t = d.token(k);
        if (t.is("to") && k + 1 < s.last() && phrases.isVerbLike(d.token(k + 1)) || t.is("about") && k + 1 < s.last()) {
            return after(d, s, cue, place, place.groupEnd(), cuts, false); // "asked by Ingraham on Thursday about the plan"
        }
        if (place.source() != null || !(words.is(t, WordClass.DET) || words.is(t, WordClass.POSS)) || !objects.startsObject(d, s, k)) {
            return null;
        }
        TokenSpan rest = after(d, s, cue, place, place.groupEnd(), cuts, false);
        return rest == null || rest.first() < k ? rest : new TokenSpan(k, rest.last());
    }

    /** Whether the cue puts a question: "was asked", "was questioned about". */
    private static boolean isQuestion(Cue cue) {
        return cue.entry() != null && cue.entry().has(CueTag.DOUBT);
    }

    /** 'Troops reportedly left', 'Troops are expected to leave': the subject and the rest of the clause. */
    private TokenSpan hedged(Document d, Sentence s, Cue cue, Cuts cuts, boolean raising) {
        int a = cue.first() - 1;
        while (a >= s.first() && cue.first() - a <= VerbCues.VERB_GROUP && (words.isAuxiliary(d.token(a)) || words.isAdverb(d.token(a)))) {
            a--;
        }
        int start = subjectStart(d, s, cue, a, raising);
        boolean infinitive = cue.last() < s.last() && d.token(cue.last()).is("to");
        if (start >= 0 && d.token(start).is("it") && raising && !infinitive) {
            // "it is expected that ...": the clause after; but "it appeared to hold": "it" is the subject of the claim
            start = -1;
        }
        if (start < 0) {
            int k = cue.last();
            if (k < s.last() && (d.token(k).isPunct(',') || d.token(k).is("that"))) {
                k += d.token(k).isPunct(',') ? 1 : 0;
            }
            int end = clauseEnd(d, s, k, cue, cuts);
            return end > k ? new TokenSpan(k, end) : null;
        }
        int end = asideEnd(d, cue.last(), clauseEnd(d, s, cue.last(), cue, cuts));
        if (opensWithSubordinateClause(d, s, cue.first())) {
            // "While the vote is expected to pass, the mayor has ...": an opening subordinate clause ends at its comma
            end = firstCommaEnd(d, cue.last(), end);
        }
        return end > cue.last() ? new TokenSpan(start, end) : null;
    }

    /**
     * Where the subject of a hedge starts when it runs past the noun phrase before the verb, as a source's does: over
     * an apposition or relative clause ("The bank, which has held rates low, is expected", "Clinton, casting herself as
     * a champion, appeared to"); the noun phrase before the verb group ending at {@code a} otherwise. Not for an adverb
     * after a comma, which hedges a participle clause ("Cruz, a senator, has been busy, reportedly winning").
     */
    private int subjectStart(Document d, Sentence s, Cue cue, int a, boolean raising) {
        Token t = a >= s.first() ? d.token(a) : null;
        if (t != null && (t.is("there") || t.is("this") || t.is("these") || t.is("those"))) {
            return a; // "there seems to be more interest", "This seems like a fair idea"
        }
        int start = phrases.startBefore(d, a + 1, s.first());
        if (t == null || !raising && !t.isWord()) {
            return start;
        }
        TokenSpan subject = subjects.before(d, s, cue.first());
        start = subject != null && (start < 0 || subject.first() < start) ? subject.first() : start;
        return opensWithDemonstrative(d, s, start) ? start - 1 : start;
    }

    /**
     * Whether a demonstrative that opens the clause stands before the subject at {@code start}: "In this case, that
     * approach seems to have failed", "That deal was expected to pass" (a determiner here, not a complementiser).
     */
    private static boolean opensWithDemonstrative(Document d, Sentence s, int start) {
        if (start <= s.first()) {
            return false;
        }
        Token t = d.token(start - 1);
        boolean opens = start - 1 == s.first() || d.token(start - 2).isPunct(',');
        return opens && (t.is("that") || t.is("this") || t.is("these") || t.is("those"));
    }

    /**
     * Ends a hedged clause at a comma before the writer's own addition: "Trump appeared to be gaining, with polls
     * showing ...", "Turnout seems high, as voters ...", "The bill is expected to pass, but ..."; {@code end} otherwise.
     */
    private static int asideEnd(Document d, int k, int end) {
        for (int m = k; m + 1 < end; m++) {
            if (d.token(m).isPunct(',') && HEDGE_ASIDES.contains(d.token(m + 1).lower()) && d.quotes.around(m) == null) {
                return m;
            }
        }
        return end;
    }

    /** The words after a comma that open the writer's addition to a hedged clause ("..., with polls showing"). */
    private static final Set<String> HEDGE_ASIDES = Set.of("with", "as", "but", "despite", "when", "if", "partly", "unlike");

    /**
     * Skips the writer's connective that opens a sentence before its content: "However, the bridge will ...",
     * "In fact, sales rose ...", "Even so, he won ..."; not a place or time ("In Leeds, ...").
     */
    private int skipOpener(Document d, int k, int end) {
        Token t = d.token(k);
        if (!(words.isAdverb(t) && !t.is("not") || words.is(t, WordClass.PREP))) {
            return k;
        }
        for (int n = k + 1; n < end && n - k <= 2; n++) {
            Token x = d.token(n);
            if (x.isPunct(',')) {
                return end - n > 3 ? n + 1 : k;
            }
            if (!x.isWord() || x.capitalized() || words.isTime(x) || words.isAuxiliaryAt(d, n) || phrases.isFiniteVerb(x)) {
                return k;
            }
        }
        return k;
    }

    /** A preposition after a verb's addressee that gives what was said: "about", "of", "against". */
    private static boolean isTopicPreposition(Token t) {
        return t.is("about") || t.is("of") || t.is("against");
    }

    /**
     * Skips the addressee of "told", "assured", ...: a short noun phrase before the content; but not before an
     * infinitive, which makes the addressee part of what is reported ("told the Fed not to act").
     */
    private int skipListener(Document d, Sentence s, int k) {
        int end = phrases.endAfter(d, k, s.last(), false);
        if (end > k && end < s.last() && end - k <= 6) {
            Token next = d.token(end);
            boolean infinitive = next.is("to") || next.is("not") && end + 1 < s.last() && d.token(end + 1).is("to");
            // "warned it would cost too much": a verb right after the phrase makes it the subject of the content
            boolean subject = words.isAuxiliaryAt(d, end) || phrases.isFiniteVerb(next);
            return infinitive || subject ? k : end;
        }
        return k;
    }

    /** "takes", "wants" after "he", "she" or "it": a verb in the present, not a plural noun. */
    private static boolean isThirdPersonVerb(Token t) {
        return t.isWord() && !t.capitalized() && t.lower().length() > 3 && t.lower().endsWith("s") && !t.lower().endsWith("ss");
    }

    /** Skips time words and prepositional phrases that come before a "that" ("said on Tuesday that"). */
    private int skipAdverbials(Document d, Sentence s, int k) {
        int m = k;
        while (m < s.last() && (words.isTime(d.token(m)) || d.token(m).type() == TokenType.NUMBER && m > k
                || words.isTimeModifier(d.token(m)) && m + 1 < s.last() && words.isTime(d.token(m + 1)))) {
            m++;
        }
        // "said, for example, that ...": a comma-enclosed adverbial before the complementiser
        if (m + 2 < s.last() && d.token(m).isPunct(',')) {
            for (int n = m + 1; n < s.last() && n - m <= 5; n++) {
                if (d.token(n).isPunct(',')) {
                    if (n + 1 < s.last() && d.token(n + 1).is("that")) {
                        return n + 1;
                    }
                    break;
                }
                if (!d.token(n).isWord()) {
                    break;
                }
            }
        }
        // not "declined to say whether ...": an infinitive is the content itself
        boolean infinitive = phrases.isInfinitiveAt(d, m, s.last());
        // "said after a lunch on Tuesday that", "said before attending the town hall that": "after" and "before" open
        // a phrase of time there, as a preposition does
        boolean timePhrase = m < s.last() && (d.token(m).is("after") || d.token(m).is("before"));
        if (m < s.last() && ((words.is(d.token(m), WordClass.PREP) || timePhrase) && !infinitive || words.isTime(d.token(k))
                || words.isAdverb(d.token(m)))) {
            // "said of the plan that it was ...": after "of" only a clause with its own subject, not a relative
            // clause on the noun ("accused of a massacre that left ...")
            boolean topic = d.token(m).is("of");
            for (int n = m; n < s.last() && n - m < 20; n++) {
                Token t = d.token(n);
                Quote title = d.quotes.openingAt(n);
                if (title != null && title.closed() && title.close() - n <= 8 && title.close() + 1 < s.last()) {
                    n = title.close(); // "said on the MSNBC show ''Morning Joe'' that"
                    continue;
                }
                if (t.is("that") || t.is("whether") || (t.is("if") || words.is(t, WordClass.WH)) && n > m) {
                    if (topic && !clauseAhead(d, n + 1, s.last())) {
                        break;
                    }
                    // "said on Tuesday that", "asked on Fox News who leads the party"; but "showed just how weak it
                    // is": a focusing adverb right before the clause is part of it
                    return n == m + 1 && FOCUSING.contains(d.token(m).lower()) ? m : n;
                }
                boolean afterTime = words.isTime(d.token(n - 1));
                if (n > m + 1 && !topic && phrases.isSubjectPronoun(t) && (!t.is("it") || afterTime) && n + 1 < s.last()
                        && (words.isAuxiliaryAt(d, n + 1) || phrases.isFiniteVerb(d.token(n + 1)) || afterTime && isThirdPersonVerb(d.token(n + 1)))) {
                    return n; // "told a gathering in Washington she will protect ...", "said in March it takes time"
                }
                if (t.isPunct(':') && n + 1 < s.last()) {
                    return n;
                }
                if (t.isPunct(',') && n + 1 < s.last()) {
                    if (d.quotes.openingAt(n + 1) != null) {
                        return n; // "said at a news conference, 'Given the gaps ...'"
                    }
                    if (d.token(n + 1).capitalized() || d.token(n + 1).is("that")) {
                        continue; // "said in Buffalo, New York, that": a place named with its state
                    }
                }
                if (t.is("by") && n + 1 < s.last() && d.token(n + 1).lower().endsWith("ing")) {
                    break; // "responded to the post by saying ...": the gerund is a cue of its own
                }
                if (possessiveMark(d, n)) {
                    continue; // "in an interview on Fox News' show that"
                }
                if (!(t.isWord() || t.type() == TokenType.NUMBER) || words.isAuxiliary(t) && !words.isTime(t) || phrases.isFiniteVerb(t)) {
                    break; // "asked in May if": the month is no modal
                }
            }
        }
        if (m > k && m < s.last() && (d.token(m).isPunct(',') || d.token(m).isPunct(':'))) {
            m++;
        }
        return m;
    }

    /** Adverbs that focus the clause after them rather than tell how it was said: "knows exactly what he wants". */
    private static final Set<String> FOCUSING = Set.of("just", "exactly", "precisely");

    /** Whether token {@code k} marks a possessive: "the senator's office", "Fox News' show". */
    private static boolean possessiveMark(Document d, int k) {
        Token t = d.token(k);
        return t.is("'s") || t.is("’s") || t.type() == TokenType.SINGLE_QUOTE && k > 0 && d.glued(k - 1)
                && d.token(k - 1).lower().endsWith("s") && !t.text().equals("‘");
    }

    /**
     * Words that open an aside after a comma, the writer's rather than the source's: ", while others ...",
     * ", compared with 41 percent ...", ", even though ...", ", when voters head to the polls"; a subordinator
     * counts only before a new subject (", while dealing setbacks to ..." goes on with the source's words).
     */
    private boolean opensAside(Token n1, Token n2) {
        if (n1.is("compared") || n1.is("even") && n2 != null && n2.is("though")) {
            return true;
        }
        return (n1.is("while") || n1.is("whereas") || n1.is("when") || n1.is("although") || n1.is("though")) && n2 != null
                && (phrases.isSubjectPronoun(n2) || words.is(n2, WordClass.DET) || words.is(n2, WordClass.POSS)
                || n2.capitalized() || n2.type() == TokenType.NUMBER || QuantityFinder.isNumberWord(n2.lower()));
    }

    /**
     * Whether the comma at {@code m} opens the writer's summary of the content, a noun phrase that runs to its end:
     * "said she should face no charges, a recommendation the attorney general adopted", "..., a move that survived
     * court challenges"; not a person's apposition after a name ("Barack Obama, a Democrat"), nor a clause ("..., a
     * one-eyed man is king"), nor after "according to", whose data's gloss is the data's own ("fell to 55 percent, a
     * drop outside the margin of error").
     */
    private boolean writersSummary(Document d, int m, int end) {
        Token n1 = d.token(m + 1);
        if (!(n1.is("a") || n1.is("an")) || d.token(m - 1).capitalized() || d.quotes.around(m + 1) != null) {
            return false;
        }
        for (int n = m + 2; n < end; n++) {
            if (d.token(n).isPunct(',') || d.token(n).isPunct(';') || d.token(n).type() == TokenType.DASH) {
                return false;
            }
        }
        int noun = phrases.endAfter(d, m + 1, end, false);
        return noun > m + 2 && (noun == end || !(words.isAuxiliaryAt(d, noun) || phrases.isFiniteVerb(d.token(noun))));
    }

    /**
     * Whether ", when" after the comma at {@code m} tells of the time just named, going on with the source's words:
     * "were born after 1975, when the war ended", "had been on her own since age 14, when her parents were deported".
     */
    private boolean relativeWhen(Document d, int m) {
        Token before = d.token(m - 1);
        return d.token(m + 1).is("when") && (words.isTime(before) || before.type() == TokenType.NUMBER);
    }

    /**
     * Where a comma or semicolon in {@code [k, end)} opens something that is not the source's words any more: a new
     * clause, a relative clause on the last noun, the sentence's own verb resuming, an aside; {@code end} if none.
     */
    private int firstClauseBreak(Document d, int k, int end, Cue cue) {
        boolean comma = false;
        for (int m = k + 1; m + 1 < end; m++) {
            Token t = d.token(m);
            if (!(t.isPunct(',') || t.isPunct(';')) || d.quotes.around(m) != null && d.quotes.around(m).open() >= k) {
                comma |= t.type() == TokenType.DASH;
                continue;
            }
            if (m == k + 1 && d.token(k).is("that") && t.isPunct(',')) {
                comma = true;
                continue; // "argue that, while the tax may lower premiums, workers won't ...": the clause comes after
            }
            Token n1 = d.token(m + 1);
            Token n2 = m + 2 < end ? d.token(m + 2) : null;
            // ", but Democrats weren't the only ones", ", and his administration has made": a new clause; but not ", and it
            // will close in May", where a pronoun after "and" most often goes on with the source's words
            boolean andPronoun = (n1.is("and") || n1.is("or")) && n2 != null && phrases.isSubjectPronoun(n2);
            boolean coordinated = (n1.is("but") || n1.is("so") || n1.is("yet") || (n1.is("and") || n1.is("or")) && !andPronoun
                    && clauseAhead(d, m + 2, end))
                    && n2 != null && !n2.is("that") && !n2.is("to") && (phrases.isSubjectPronoun(n2) || words.is(n2, WordClass.DET)
                    || words.is(n2, WordClass.POSS) || n2.capitalized());
            // ", who also held a rally": a relative clause on the content's last noun, running to the content's end
            boolean relative = (n1.is("who") || n1.is("which")) && !subjectBefore(d, k, m, end) && !closesInside(d, m + 2, end);
            // "Priebus, in the wake of a poll showing X, told Fox News ...": the sentence's own verb resumes (but "that
            // the letter, postmarked in Boston, was sent" closes an apposition inside the content)
            boolean resumes = !comma && (words.isAuxiliaryAt(d, m + 1) || phrases.isFiniteVerb(n1) && !opensAside(n1, n2))
                    && d.quotes.around(m + 1) == null;
            // "the poll found 28 percent backed Cruz, while 23 percent favored Rubio", "..., compared with 33 percent last
            // month": a finding's contrast or comparison is found too
            boolean aside = opensAside(n1, n2) && !isFinding(cue) && !relativeWhen(d, m);
            if (coordinated || relative || resumes || t.isPunct(';') || aside
                    || cue.kind() != CueKind.ACCORDING_TO && writersSummary(d, m, end)) {
                return m;
            }
            comma = true;
        }
        return end;
    }

    /**
     * Whether a relative clause starting at {@code k} closes with a comma before {@code end}, the content going on after
     * it: "said the board approved the plan, which pleased the unions, on Tuesday night"; one that runs to the content's
     * end is the writer's gloss on the last noun ("..., which has since been rewritten"), and one with a reporting verb of
     * its own makes its own claim ("..., which he said would be the lowest ever, ...").
     */
    private boolean closesInside(Document d, int k, int end) {
        for (int m = k; m + 1 < end; m++) {
            Token t = d.token(m);
            if (phrases.isFiniteVerb(t)) {
                return false;
            }
            if (t.isPunct(',') && d.quotes.around(m) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content up to the comma at {@code m} is only the subject of the reported clause, so that a relative
     * clause after it belongs to that subject: "said that Sanders, who won Rhode Island, would ...", "argued the
     * talks, which began a decade ago, remained ..."; not an object ("praised Franklin Graham, who ...").
     */
    private boolean subjectBefore(Document d, int k, int m, int end) {
        Token first = d.token(k);
        boolean complementiser = first.is("that") || first.is("whether") || first.is("if");
        int start = complementiser ? k + 1 : k;
        if (complementiser && start < m && words.is(d.token(start), WordClass.SUB)) {
            start++; // "that if his son, who died last year, were still serving"
        }
        if (start >= m || phrases.endAfter(d, start, m, true) != m) {
            return false;
        }
        return verbAfterNextComma(d, m + 1, end);
    }

    /**
     * Whether the next comma from {@code k} is followed by a verb, past an adverb or a quotation mark: "..., which began
     * a decade ago, remained", "..., who won the state, still faces", "..., who is running, 'is a civil rights attorney'".
     */
    private boolean verbAfterNextComma(Document d, int k, int end) {
        for (int m = k; m + 1 < end && m - k < AttributionFinder.MAX_CONTENT; m++) {
            if (d.token(m).isPunct(',')) {
                int v = m + 1;
                while (v + 1 < end && v - m <= 2 && (words.isAdverb(d.token(v)) || d.quotes.openingAt(v) != null)) {
                    v++;
                }
                return words.isAuxiliaryAt(d, v) || phrases.isFiniteVerb(d.token(v)) || isPastForm(d.token(v));
            }
        }
        return false;
    }

    /**
     * Whether the words after a lone dash go on with the source's words rather than the writer's afterthought:
     * "— and more", "— or at least the suburbs", "— including the mayor", "— particularly on trade", "— that it had
     * successes", "— like helping the uninsured", "— if for no other reason than ...".
     */
    private static boolean continuesAfterDash(Document d, int k, int end) {
        if (k >= end) {
            return false;
        }
        Token t = d.token(k);
        return t.is("and") || t.is("or") || t.is("including") || t.is("particularly") || t.is("especially")
                || t.is("not") || t.is("only") || t.is("at") || t.is("even") || t.is("that") || t.is("like") || t.is("either")
                || t.is("if") || t.is("whether");
    }

    /**
     * Whether {@code [k, comma)} is a complementiser and an opening phrase only, with the comma at {@code comma}:
     * "that if voters backed him", "that despite the excitement", "that in a race between Trump and Cruz".
     */
    private boolean onlyOpener(Document d, int k, int comma) {
        if (comma - k < 3 || !d.token(comma).isPunct(',') || !d.token(k).is("that") || !opensPhrase(d.token(k + 1))) {
            return false;
        }
        for (int m = k + 2; m < comma; m++) {
            if (d.token(m).isPunct(',') || d.token(m).type() == TokenType.DASH) {
                return false;
            }
        }
        return true;
    }

    /** A word that opens a subordinate clause or a phrase before a clause: "if", "although", "despite", "given". */
    private boolean opensPhrase(Token t) {
        return words.is(t, WordClass.SUB) && !t.is("that") && !t.is("so") && !t.is("than") || t.is("when") || t.is("given")
                || words.is(t, WordClass.PREP) && !t.is("of") && !t.is("to");
    }

    /** Whether the cue reports a finding: "the survey found", "polls show", "In a CBS News poll, ...". */
    private static boolean isFinding(Cue cue) {
        return cue.entry() != null ? cue.entry().lemma().equals("find") || cue.entry().lemma().equals("show")
                : cue.kind() == CueKind.ACCORDING_TO;
    }

    /** The end of the clause that starts at {@code k}: trailing punctuation dropped. */
    private int clauseEnd(Document d, Sentence s, int k, Cue cue, Cuts cuts) {
        // never look further than a content may run: keeps the work per cue bounded on a line without full stops
        int limit = Math.min(s.last(), k + AttributionFinder.MAX_CONTENT);
        int end = cuts.after(k, limit);
        if (end < limit && (onlyOpener(d, k, end) || end == k + 1 && d.token(k).is("that"))) {
            // "that if voters backed him, he would fight ...", "found that, while 37 percent say ..., 39 percent ...": the
            // clause goes on past its opener
            end = cuts.after(end, limit);
        }
        // a lone dash sets off an afterthought: "he was encouraged by the plan — a modest boost for Obama"
        int dash = -1;
        for (int m = k; m < end; m++) {
            if (d.token(m).type() == TokenType.DASH && !d.glued(m) && m > k) {
                if (dash >= 0) {
                    dash = -2;
                    break;
                }
                dash = m;
            }
        }
        if (dash > k && !continuesAfterDash(d, dash + 1, end)) {
            end = dash;
        }
        end = firstClauseBreak(d, k, end, cue);
        Quote around = d.quotes.around(cue.head());
        if (around != null && around.closed() && around.close() >= k && around.close() < end) {
            end = around.close();
        }
        if (end == s.last() && end - k < AttributionFinder.MAX_CONTENT) {
            // a quotation opened in the content and closed in a later sentence: the content runs to that sentence's end
            for (int m = k; m < end; m++) {
                Quote q = d.quotes.openingAt(m);
                if (q != null && q.closed() && q.close() >= s.last()) {
                    Sentence closing = d.sentenceOf(q.close());
                    // not over '... have. / "What we do here ...," Grayson said': a sentence with its own speaker
                    if (onlyPunctuationAfter(d, closing, q.close() + 1)) {
                        end = closing.last();
                    }
                    break;
                }
            }
        }
        while (end > k) {
            Token t = d.token(end - 1);
            if (t.type() == TokenType.PUNCT && !t.isPunct(')') && !t.isPunct('?') && !t.isPunct('!') && !t.isPunct('%')
                    || t.type() == TokenType.DASH) {
                end--;
            } else if (t.type() == TokenType.QUOTE && d.quotes.closingAt(end - 1) != null
                    && d.quotes.closingAt(end - 1).open() < k) {
                end--;
            } else if (end - 1 > k && leadsIntoNext(d, end) && d.quotes.around(end - 1) == null) {
                end--; // "calling them rapists and vowing to ...": the next cue's coordinator is not the content's
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether the word before {@code end} leads into what follows the content rather than ending it: a coordinator
     * ("calling them rapists and vowing to ..."), "also" ("criticized Trump before also ripping Cruz"), or a
     * subordinator before a participle ("vowed to act while campaigning in Ohio").
     */
    private boolean leadsIntoNext(Document d, int end) {
        Token t = d.token(end - 1);
        if (t.is("and") || t.is("but") || t.is("or") || t.is("also")) {
            return true;
        }
        Token next = end < d.size() ? d.token(end) : null;
        return words.is(t, WordClass.SUB) && !t.is("that") && next != null && next.isWord() && !next.capitalized()
                && next.lower().endsWith("ing");
    }

    /** {@code end} with the words that lead into what follows the content dropped: "Mr. Trump but [on Tuesday wrote]". */
    private int trimLeadIn(Document d, int k, int end) {
        while (end - 1 > k && leadsIntoNext(d, end) && d.quotes.around(end - 1) == null) {
            end--;
        }
        return end;
    }
}
