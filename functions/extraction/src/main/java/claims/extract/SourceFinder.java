package claims.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds a cue's source and on which side its content is. For a verb: the subject to its left ({@link
 * SubjectFinder}) or, inverted, the noun phrase after it ('"...," said Ed Lorenzen, senior adviser ...'); the
 * object of a citing verb ("Yonhap cited the minister"). A participle clause ("..., adding that") shares its main
 * clause's source; a passive takes its by-phrase; "according to" the phrase after it; a cue noun its possessor.
 * The content comes before the cue after a quotation ('"...," she said') or a comma ('A is B, he argued').
 */
final class SourceFinder {

    /** particles of phrasal verbs before a possessive: "stepped up his attacks", "doubled down on its attacks" */
    private static final Set<String> PARTICLES = Set.of("up", "down", "on", "upon");

    /** auxiliaries and modals that mark a tense or mood of their own: "has said", "had attacked", "would offer" */
    private static final Set<String> MARKED_TENSES = Set.of("has", "have", "'ve", "had", "'d", "was", "were", "could", "would",
            "might", "should", "will", "can", "may", "must");

    /** words that open a clause inside a sentence, whose subject a participle after it may take: "after the tycoon entered" */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "when", "as", "while", "but", "because", "since");

    /** prepositions whose object may be the subject of an -ing form after it: "with Trump tweeting", "by people saying" */
    private static final Set<String> ABSOLUTE_PREPOSITIONS = Set.of("of", "with", "by", "like", "including", "among", "from");

    /** A cue of the sentence already placed, with where its source and content are. */
    record Placed(Cue cue, Placement placement) {
        TokenSpan source() {
            return placement.source();
        }
    }

    private final FunctionWords words;
    private final NounPhrases phrases;
    private final Gazetteer gazetteer;
    private final Adverbials adverbials;
    private final ColonSpeakers colons;
    private final SubjectFinder subjects;
    /** verbs that make their object the doer of the infinitive after it (causative-verbs.txt): "led some to speculate" */
    private final Set<String> causatives = Set.copyOf(Lexicon.lines("causative-verbs.txt"));

    SourceFinder(FunctionWords words, NounPhrases phrases, Gazetteer gazetteer, Adverbials adverbials, ColonSpeakers colons) {
        this.words = words;
        this.phrases = phrases;
        this.gazetteer = gazetteer;
        this.adverbials = adverbials;
        this.colons = colons;
        this.subjects = new SubjectFinder(words, phrases, gazetteer);
    }

    Placement place(Document d, Sentence s, Cue cue, List<Placed> earlier) {
        Placement placed = placeByKind(d, s, cue, earlier);
        TokenSpan source = withoutConjunction(d, withoutReportingRelative(d, placed.source(), earlier));
        return source == placed.source() ? placed
                : new Placement(source, placed.relay(), placed.groupStart(), placed.groupEnd(), placed.contentBefore());
    }

    /** ", and Trump vowed", ", but I said": the conjunction that joins the clauses is no part of the source. */
    private TokenSpan withoutConjunction(Document d, TokenSpan source) {
        if (source == null || source.last() - source.first() < 2) {
            return source;
        }
        Token first = d.token(source.first());
        return words.is(first, WordClass.CONJ) && !first.capitalized() ? new TokenSpan(source.first() + 1, source.last()) : source;
    }

    /**
     * "Cruz, who says Trump is attacking him, called ...": a relative clause that makes a claim of its own (its pronoun
     * is that claim's source) is no part of the main clause's source, which ends before its comma; a relative clause
     * without a cue stays with the name it describes ("Ivanka Trump, who is executive vice president, said").
     */
    private static TokenSpan withoutReportingRelative(Document d, TokenSpan source, List<Placed> earlier) {
        if (source == null) {
            return null;
        }
        for (int k = source.first() + 1; k + 1 < source.last(); k++) {
            Token t = d.token(k);
            if ((t.isPunct(',') || t.type() == TokenType.DASH) && isRelativeOpener(d.token(k + 1))) {
                for (Placed p : earlier) {
                    if (p.cue().first() > k && p.cue().first() < source.last()) {
                        return new TokenSpan(source.first(), k);
                    }
                }
            }
        }
        return source;
    }

    /** A word that opens a relative clause after a comma: "who", "which", "that", "whose". */
    private static boolean isRelativeOpener(Token t) {
        return NounPhrases.isRelativePronoun(t) || t.is("whose");
    }

    /** The source and verb group of a cue, by its kind. */
    private Placement placeByKind(Document d, Sentence s, Cue cue, List<Placed> earlier) {
        return switch (cue.kind()) {
            case VERB -> verb(d, s, cue, earlier);
            case PARTICIPLE -> participle(d, s, cue, earlier);
            case PASSIVE -> passive(d, s, cue);
            case ACCORDING_TO -> accordingTo(d, s, cue);
            case COLON -> {
                TokenSpan speaker = colons.speaker(d, s, cue.first());
                yield new Placement(speaker, null, speaker == null ? cue.first() : speaker.first(), cue.last(), false);
            }
            case DASH -> dash(d, cue);
            case NOUN -> noun(d, s, cue);
            case HEDGE_ADVERB, HEDGE_RAISING -> new Placement(null, null, cue.first(), cue.last(), false);
        };
    }

    private Placement verb(Document d, Sentence s, Cue cue, List<Placed> earlier) {
        if (d.token(cue.first()).is("to")) {
            // "the opportunity for both to assert": an infinitive with no governing verb in the cue: the clause's subject,
            // or the object of a causative verb ("led some to speculate")
            TokenSpan caused = causedSubject(d, s, cue.first());
            TokenSpan subject = caused != null ? caused : sharedSubject(d, s, cue, earlier);
            if (subject != null && isExtraposedIt(d, subject, cue.first())) {
                subject = null; // "It is important to note", "it's hard not to wonder": no one is the source
            }
            return new Placement(subject, null, cue.first(), cue.last(), false);
        }
        if (d.token(cue.head()).lower().endsWith("ing") && cue.first() == cue.head() && cue.first() > s.first()
                && opensSentence(d, s, cue.first())) {
            // "After talking about security, Mr. Netanyahu suggested": the subject after the opening clause
            return new Placement(subjectAfterOpening(d, s, cue), null, cue.first(), cue.last(), false);
        }
        if (isLightParticiple(d, s, cue)) {
            // "Rubio has shifted to match the mood, offering dire warnings about": the light verb's participle clause
            return participle(d, s, cue, earlier);
        }
        int bare = pastAdverbs(d, s, cue);
        int object = words.timeBefore(d, s, bare);
        if (d.token(cue.head()).lower().endsWith("ing") && cue.first() == cue.head() && isObjectBefore(d, s, object)
                && !words.isFinding(d.token(object - 1))) {
            // "released a statement confirming ...", "sent a letter this week urging": the participle hangs on the clause,
            // not on its object, past a time of the clause's (but "in the wake of a new poll showing": a finding speaks
            // for itself)
            return new Placement(sharedSubject(d, s, cue, earlier), null, cue.first(), cue.last(), false);
        }
        // '"...", says political scientist X in Almaty.': an inverted subject that runs to the sentence's end wins
        // over whatever stands before the comma; otherwise the subject before the verb comes first
        boolean inverted = isInverted(d, s, cue);
        if (inverted && endsSentence(d, s, phrases.endAfter(d, cue.last(), s.last(), true))) {
            int end = trimEnd(d, cue.last(), phrases.endAfter(d, cue.last(), s.last(), true));
            return new Placement(new TokenSpan(cue.last(), end), null, cue.first(), end, true);
        }
        TokenSpan subject = participleSubject(d, subjects.before(d, s, bare), cue);
        if (subject == null && inverted) {
            int end = trimEnd(d, cue.last(), phrases.endAfter(d, cue.last(), s.last(), true));
            return new Placement(new TokenSpan(cue.last(), end), null, cue.first(), end, true);
        }
        if (subject == null || !quoteClosesBefore(d, s, subject.first())) {
            // '"...," the pitch on Kickstarter says': whatever stands between a quotation and its cue is the source
            TokenSpan between = betweenQuoteAndCue(d, s, cue.first());
            if (between != null) {
                subject = between;
            }
        }
        int groupStart = subject != null ? subject.first() : cue.first();
        if (subject == null) {
            int b = words.timeBefore(d, s, cue.first()) - 1; // "and on Monday announced"
            if (b > s.first() && d.token(b).is("then") && (d.token(b - 1).isPunct(',') || d.token(b - 1).is("and"))) {
                b--; // "Clinton paused, then revealed"
            }
            Token before = b >= s.first() ? d.token(b) : null;
            boolean listed = before != null && before.isPunct(',') && !closesApposition(d, s, b)
                    && (!earlier.isEmpty() && earlier.get(earlier.size() - 1).source() != null || d.token(b + 1).is("then"));
            if (before != null && (before.is("and") || before.is("but") || before.is("or")) || listed) {
                // "Graham slams Trump, praises Clinton", "Clinton paused, then revealed": a second verb shares the subject of
                // the first (or of its clause); in a relative clause, its pronoun ("Weaver, who came out and endorsed Clinton")
                TokenSpan relative = before.isWord() ? relativeBefore(d, s, b) : null;
                subject = relative != null ? relative : sharedSubject(d, s, cue, earlier);
                if (relative == null && before.isWord()) {
                    subject = reportingSubject(d, s, cue, earlier, subject);
                }
            }
        }
        int groupEnd = cue.last();
        if (cue.entry() != null && cue.entry().listener() && cue.last() < s.last()) {
            // "several people told POLITICO, has already been chosen": the addressee belongs to the group (and so in
            // "..., Smith told a Senate panel on Wednesday." with only a time after it)
            int end = phrases.endAfter(d, cue.last(), s.last(), false);
            if (end > cue.last() && end - cue.last() <= 6 && end < s.last() && (d.token(end).isPunct(',') || d.token(end).isPunct('.')
                    || onlyTimeAfter(d, s, end))) {
                groupEnd = end;
            }
        }
        // the content comes first only after a break: '"...," she said', 'A is B, he argued'
        boolean quoteBefore = quoteClosesBefore(d, s, groupStart)
                && (groupStart > s.first() || !d.token(groupStart).lineStart()
                        && adverbials.onlyAdverbialsAfter(d, s, afterListener(d, s, cue)))
                && !isTitleBeforeClause(d, s, groupStart, groupEnd)
                && !(endsSentenceInside(d, groupStart) && quoteOpensAfter(d, s, groupEnd));
        boolean before = cue.reports() && (quoteBefore || d.afterBreak(groupStart) && (adverbials.onlyAdverbialsAfter(d, s, groupEnd)
                && !quoteOpensAfter(d, s, groupEnd) || isParentheticalGroup(d, s, groupStart, groupEnd) && !quoteOpensAfter(d, s, groupEnd)));
        if (!before && cue.reports() && !quoteBefore && adverbials.onlyAdverbialsAfter(d, s, groupEnd)
                && !quoteOpensAfter(d, s, groupEnd)) {
            // "..., a source close to him said.", "..., he and Mr. Allen said.": whatever stands between the comma and a
            // cue that ends its sentence is the source, and the content is before the comma
            int comma = speakerAfterComma(d, s, cue.first());
            if (comma >= 0) {
                subject = new TokenSpan(comma + 1, cue.first());
                groupStart = comma + 1;
                before = true;
            }
        }
        if (cue.entry() != null && cue.entry().cite() && before) {
            // "Yonhap cited the minister": the minister is the source, Yonhap relays
            int end = trimEnd(d, cue.last(), phrases.endAfter(d, cue.last(), s.last(), false));
            if (end > cue.last()) {
                return new Placement(new TokenSpan(cue.last(), end), subject, groupStart, end, true);
            }
        }
        if (before && subject != null && !quoteBefore && opensNoSubject(d, subject)) {
            before = false; // "..., which has bristled at", "..., by aggressively using its influence to get states to"
        }
        return new Placement(subject, null, groupStart, groupEnd, before);
    }

    /**
     * Whether a cue noun's light verb is a participle after a comma: ", offering dire warnings about", ", often
     * expressing concern about" (the cue's head is the noun, not the participle).
     */
    private boolean isLightParticiple(Document d, Sentence s, Cue cue) {
        int v = words.firstVerb(d, cue);
        return v < cue.head() && d.token(v).lower().endsWith("ing") && cue.first() > s.first()
                && d.token(cue.first() - 1).isPunct(',');
    }

    /** Whether only a time ends the sentence after {@code k}: "told POLITICO earlier this week.", "told a panel on Wednesday." */
    private boolean onlyTimeAfter(Document d, Sentence s, int k) {
        for (int m = k; m < s.last() && m - k <= MAX_TIME_AFTER; m++) {
            Token t = d.token(m);
            if (t.isPunct('.')) {
                return m > k;
            }
            if (!(words.isTime(t) || words.isTimeModifier(t) || t.type() == TokenType.NUMBER || t.is("on") || t.is("earlier"))) {
                return false;
            }
        }
        return false;
    }

    /** The most words of a time after a listener. */
    private static final int MAX_TIME_AFTER = 4;

    /**
     * Whether a source read before a cue opens with a word no speaker's noun phrase starts with: a relative pronoun or
     * "that" (the cue is in a clause of its own, whose content follows it), a preposition or a conjunction.
     */
    private boolean opensNoSubject(Document d, TokenSpan subject) {
        Token t = d.token(subject.first());
        return isRelative(d, subject) || t.is("that") || words.is(t, WordClass.PREP) || words.is(t, WordClass.CONJ);
    }

    /**
     * Where a participle cue's words start once the adverbs before it are taken off: "has avoided directly criticizing",
     * "published a letter strongly disputing" read like "has avoided criticizing", "published a letter disputing".
     */
    private int pastAdverbs(Document d, Sentence s, Cue cue) {
        int k = cue.first();
        if (cue.first() != cue.head() || !d.token(cue.head()).lower().endsWith("ing")) {
            return k;
        }
        while (k - 1 > s.first() && cue.first() - k < 2 && d.token(k - 1).lower().endsWith("ly") && words.isAdverb(d.token(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * "the KGB planted newspaper articles alleging": the phrase read leftwards from a participle took in its clause's
     * verb and object; the participle hangs on the clause, so its subject is the words before the verb (but the object
     * of "with" is an absolute construction's subject).
     */
    private TokenSpan participleSubject(Document d, TokenSpan subject, Cue cue) {
        if (subject == null || cue.first() != cue.head() || !d.token(cue.head()).lower().endsWith("ing")) {
            return subject;
        }
        for (int k = subject.last() - 2; k > subject.first(); k--) {
            if (d.token(k).is("with")) {
                return new TokenSpan(k + 1, subject.last()); // "The conversation ended with Maddow asking"
            }
        }
        int end = verbInside(d, subject.first(), subject.last());
        return end > subject.first() && end < subject.last() ? new TokenSpan(subject.first(), end) : subject;
    }

    /** Whether a subject is the "it" of "it is + adjective" standing for the infinitive at {@code to}: "It is hard to imagine". */
    private boolean isExtraposedIt(Document d, TokenSpan subject, int to) {
        if (subject.last() - subject.first() != 1 || !d.token(subject.first()).is("it") || to - subject.last() > 5) {
            return false;
        }
        Token copula = d.token(subject.last());
        return copula.is("is") || copula.is("'s") || copula.is("was") || copula.is("seems");
    }

    /**
     * "said his collaborator Brian Burton, AKA Danger Mouse, wrote": the comma at {@code comma} closes an apposition to
     * a name, so the verb after it has that name's phrase as its subject, not the subject of an earlier verb.
     */
    private static boolean closesApposition(Document d, Sentence s, int comma) {
        for (int k = comma - 1; k > s.first() + 1 && comma - k <= 6; k--) {
            Token t = d.token(k);
            if (t.isPunct(',')) {
                return k + 1 < comma && d.token(k - 1).capitalized() && d.token(k - 1).isWord();
            }
            if (!t.isWord() || t.is("and") || t.is("or")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The relative pronoun whose clause runs on to the conjunction at {@code conj} with words only between: "who came
     * out and", "which focus on his plans or"; null if there is none.
     */
    private static TokenSpan relativeBefore(Document d, Sentence s, int conj) {
        for (int k = conj - 1; k > s.first() && conj - k <= 15; k--) {
            Token t = d.token(k);
            if (t.is("who") || t.is("which")) {
                return d.token(k - 1).isPunct(',') ? new TokenSpan(k, k + 1) : null;
            }
            if (!(t.isWord() || t.type() == TokenType.NUMBER) || t.is("and") || t.is("or")) {
                return null;
            }
        }
        return null;
    }

    /** The object of a causative verb before the infinitive at {@code to}: "prompted Sanders to", "led him to"; else null. */
    private TokenSpan causedSubject(Document d, Sentence s, int to) {
        int end = words.timeBefore(d, s, to);
        if (end - 2 < s.first()) {
            return null;
        }
        int start = words.is(d.token(end - 1), WordClass.OBJ) ? end - 1 : phrases.startBefore(d, end, s.first());
        for (int m = end - 1; m > start && start >= 0; m--) {
            if (causatives.contains(d.token(m).lower())) {
                start = m + 1; // "The vote prompted Sanders": the phrase read leftwards took in the verb
            }
        }
        if (start <= s.first() || !causatives.contains(d.token(start - 1).lower())) {
            return causedAfterClause(d, s, end);
        }
        return new TokenSpan(start, end);
    }

    /**
     * "is what prompted Sanders to", "and it prompted Anderson Cooper to": the phrase read leftwards from the
     * infinitive ran into a clause word; the object is the phrase that fills the words between the causative and
     * the infinitive; null if there is no such phrase.
     */
    private TokenSpan causedAfterClause(Document d, Sentence s, int end) {
        for (int m = end - 2; m > s.first() && end - m <= NounPhrases.MAX_LENGTH; m--) {
            if (!d.token(m).isWord()) {
                return null;
            }
            if (causatives.contains(d.token(m).lower())) {
                return phrases.startBefore(d, end, m + 1) == m + 1 ? new TokenSpan(m + 1, end) : null;
            }
        }
        return null;
    }

    /**
     * The comma (or dash) before a cue with only a would-be speaker between: a few words, no verb, no clause word;
     * -1 if there is none.
     */
    private int speakerAfterComma(Document d, Sentence s, int cueFirst) {
        for (int k = cueFirst - 1; k > s.first() && cueFirst - k <= NounPhrases.MAX_LENGTH; k--) {
            Token t = d.token(k);
            if (t.isPunct(',') || t.type() == TokenType.DASH && !d.glued(k)) {
                return k + 1 < cueFirst && d.token(k + 1).isWord() ? k : -1;
            }
            if (!(t.isWord() || t.type() == TokenType.NUMBER || t.isPunct('.') || t.isPunct('(') || t.isPunct(')'))
                    || words.isAuxiliaryAt(d, k) || phrases.isFiniteVerb(t) || words.is(t, WordClass.SUB) || words.is(t, WordClass.WH)
                    || d.quotes.around(k) != null || subjects.opensContactClause(d, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the words after a cue start, past its addressee: '..." Renteria told reporters during the call.' */
    private int afterListener(Document d, Sentence s, Cue cue) {
        if (cue.entry() == null || !cue.entry().listener() || cue.last() >= s.last()) {
            return cue.last();
        }
        int end = phrases.endAfter(d, cue.last(), s.last(), false);
        return end > cue.last() && end - cue.last() <= 6 ? end : cue.last();
    }

    /** Whether the noun phrase before {@code k} is the object of a verb: a lower-case word that is no function word before it. */
    private boolean isObjectBefore(Document d, Sentence s, int k) {
        int start = phrases.startBefore(d, k, s.first());
        if (start <= s.first()) {
            return false;
        }
        if (words.isPastForm(d.token(start))) {
            return true; // "have since released statements deploring": the phrase read leftwards took in its verb
        }
        Token before = d.token(start - 1);
        // "released a statement confirming", "spend many hours reflecting on": a verb before the noun phrase; "made a pitch
        // to New York voters saying", "during a speech attacking": a preposition's object (not "with Trump tweeting")
        return before.isWord() && !before.capitalized() && !words.isFunctionWord(before) || phrases.isFiniteVerb(before)
                || words.is(before, WordClass.PREP) && !before.capitalized() && !ABSOLUTE_PREPOSITIONS.contains(before.lower());
    }

    /** The source of a participle clause: the source of the clause it hangs on. */
    private Placement participle(Document d, Sentence s, Cue cue, List<Placed> earlier) {
        if (opensSentence(d, s, cue.first())) {
            return new Placement(subjectAfterOpening(d, s, cue), null, cue.first(), cue.last(), false);
        }
        int at = cue.first() - 1;
        if (at >= s.first() && d.token(at).is("as")) {
            int start = phrases.startBefore(d, at, s.first());
            if (start >= 0) {
                return new Placement(new TokenSpan(start, at), null, cue.first(), cue.last(), false);
            }
        }
        TokenSpan nearer = nearerClauseSubject(d, s, cue.first(), earlier);
        return new Placement(nearer != null ? nearer : sharedSubject(d, s, cue, earlier), null, cue.first(), cue.last(), false);
    }

    /**
     * "The row erupted after the tycoon entered the race, calling them ...", "..., and the union has sued the city,
     * saying": a participle after a comma hangs on the nearest clause before it, when a subordinating word or a
     * conjunction opens that clause inside the sentence, no comma stands between, and no cue stands before it; null
     * otherwise.
     */
    private TokenSpan nearerClauseSubject(Document d, Sentence s, int participle, List<Placed> earlier) {
        int comma = participle - 1;
        if (comma <= s.first() || !d.token(comma).isPunct(',')) {
            return null;
        }
        for (int k = comma - 1; k > s.first() + 1 && comma - k < 30; k--) {
            if (d.token(k).type() == TokenType.QUOTE || d.token(k).isPunct(',')) {
                return null; // "even as shares were falling, Mr. Ackman wrote to investors, telling": the main clause
            }
            if (!opensClause(d, k)) {
                continue;
            }
            int start = k + 1;
            int end = verbInside(d, start, phrases.endAfter(d, start, comma, false));
            if (end > start && end < comma && isFiniteAt(d, end) && !cueBefore(s, k, earlier)) {
                return new TokenSpan(start, end);
            }
        }
        return null;
    }

    /** Whether the word at {@code k} opens a clause inside a sentence: "after", "when", "as", "but", ", and". */
    private boolean opensClause(Document d, int k) {
        Token t = d.token(k);
        if (CLAUSE_OPENERS.contains(t.lower())) {
            return true;
        }
        return t.is("and") && d.token(k - 1).isPunct(','); // not "an army of workers and retirees had amassed"
    }

    /** Whether a finite verb stands at {@code k}, perhaps after an adverb: "entered", "has already sued", "walks". */
    private boolean isFiniteAt(Document d, int k) {
        Token t = words.isAdverb(d.token(k)) && k + 1 < d.size() ? d.token(k + 1) : d.token(k);
        return words.isPastForm(t) || words.isAuxiliary(t) || phrases.isFiniteVerb(t);
    }

    /** Whether an earlier cue of the sentence stands before {@code k}: its clause reports what comes after it. */
    private static boolean cueBefore(Sentence s, int k, List<Placed> earlier) {
        for (Placed p : earlier) {
            if (p.cue().first() >= s.first() && p.cue().first() < k) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a participle at {@code k} opens its sentence, perhaps after a preposition or a subordinating word:
     * "Citing a report, ...", "After talking about security, ...", "In declaring ..., ...", "Having announced ...".
     */
    private boolean opensSentence(Document d, Sentence s, int k) {
        int m = k;
        while (m > s.first() && k - m < 3 && (words.is(d.token(m - 1), WordClass.PREP) || words.is(d.token(m - 1), WordClass.SUB)
                || words.is(d.token(m - 1), WordClass.CONJ) || words.isAdverb(d.token(m - 1)) || d.token(m - 1).is("having")
                || d.token(m - 1).is("when"))) {
            m--;
        }
        return m == s.first();
    }

    /** "Citing a report, the minister said ...": the subject after the opening clause's comma. */
    private TokenSpan subjectAfterOpening(Document d, Sentence s, Cue cue) {
        for (int k = cue.last(); k + 1 < s.last() && k - cue.last() < 40; k++) {
            if (d.token(k).isPunct(',')) {
                int end = verbInside(d, k + 1, phrases.endAfter(d, k + 1, s.last(), false));
                return end > k + 1 ? new TokenSpan(k + 1, end) : null;
            }
        }
        return null;
    }

    /** The subject shared by coordinated or participle clauses: the last source found before, else the sentence's. */
    private TokenSpan sharedSubject(Document d, Sentence s, Cue cue, List<Placed> earlier) {
        int found = -1;
        for (int k = earlier.size() - 1; k >= 0 && earlier.size() - k <= 8; k--) {
            if (isSharable(earlier.get(k), cue)) {
                found = k;
                break;
            }
        }
        if (found >= 0 && cue.kind() == CueKind.PARTICIPLE) {
            // "Christie repeated accusations that Rubio recites ..., calling him ...": a participle hangs on the main
            // clause, so go out of the clauses reported after an earlier cue; not past a cue with its content before it
            // ("..., a Chinese official said, adding"), a relative clause's ("Clinton, who had championed ...") or an
            // absolute construction's ("..., with Donald Trump tweeting that ... and asking")
            for (int k = found - 1; k >= 0 && !earlier.get(found).placement().contentBefore() && !afterWith(d, earlier.get(found).source()); k--) {
                Placed e = earlier.get(k);
                if (!isSharable(e, cue)) {
                    continue;
                }
                if (e.placement().contentBefore() || isRelative(d, e.source())) {
                    break;
                }
                found = k;
            }
        }
        if (found < 0) {
            return clauseSubject(d, s, cue.first());
        }
        TokenSpan shared = earlier.get(found).source();
        if (cue.kind() == CueKind.PARTICIPLE && isSubordinate(d, s, shared)) {
            // "When Maddow pointed out ..., Clinton seized upon the reference, repeating": the participle hangs on the
            // main clause after the subordinate one
            TokenSpan main = clauseSubject(d, s, cue.first());
            if (main != null && main.first() > shared.last()) {
                return main;
            }
        }
        return shared;
    }

    /**
     * "Clinton has said she wants a safe zone and has expressed support for ...": a verb coordinated after a reported
     * clause goes with the reporting verb whose tense it shares ("has said ... and has expressed", "told ... that he
     * agrees ... and said"), not with the verb reported; with both tenses alike it stays with the nearer ("told ...
     * that the candidate knew ... and thought"), unless it reports speech after a belief ("said the mayor wanted ... and
     * predicted"). Not past a subordinate clause ("When Maddow said ..., Clinton said ... and added") or a relative one.
     */
    private TokenSpan reportingSubject(Document d, Sentence s, Cue cue, List<Placed> earlier, TokenSpan shared) {
        Placed nearer = null;
        for (int k = earlier.size() - 1; k >= 0 && earlier.size() - k <= 8 && shared != null; k--) {
            Placed e = earlier.get(k);
            if (nearer == null) {
                nearer = shared.equals(e.source()) ? e : null;
                continue;
            }
            if (e.source() == null || e.placement().contentBefore() || e.cue().kind() != CueKind.VERB
                    || e.cue().last() > nearer.source().first() || e.source().first() >= e.cue().first()) {
                continue;
            }
            if (isSubordinate(d, s, e.source()) || isRelative(d, e.source())) {
                break;
            }
            String tense = tense(d, cue);
            boolean apart = !tense.equals(tense(d, nearer.cue())) || cue.reportsSpeech() && !nearer.cue().reportsSpeech();
            return tense.equals(tense(d, e.cue())) && apart ? e.source() : shared;
        }
        return shared;
    }

    /** The tense of a cue's verb group, by its first verb: "has said" and "has expressed" alike, "said" and "had said" not. */
    private String tense(Document d, Cue cue) {
        Token t = d.token(words.firstVerb(d, cue));
        String w = t.lower();
        if (MARKED_TENSES.contains(w)) {
            return w.equals("have") || w.equals("'ve") ? "has" : w.equals("were") ? "was" : w.equals("'d") ? "had" : w;
        }
        if (words.isPastForm(t) || w.equals("did")) {
            return "past";
        }
        return "present";
    }

    /** Whether a source is the subject of a clause opened by a subordinating word: "When Maddow", "While leaders". */
    private boolean isSubordinate(Document d, Sentence s, TokenSpan source) {
        if (source.first() <= s.first()) {
            return false;
        }
        Token before = d.token(source.first() - 1);
        return words.is(before, WordClass.SUB) && !before.is("that") || before.is("when");
    }

    /** Whether a placed cue before {@code cue} is a verb or participle with a source another clause may share. */
    private static boolean isSharable(Placed p, Cue cue) {
        return p.source() != null && p.cue().first() < cue.first()
                && (p.cue().kind() == CueKind.VERB || p.cue().kind() == CueKind.PARTICIPLE);
    }

    private static boolean afterWith(Document d, TokenSpan span) {
        return span.first() > 0 && d.token(span.first() - 1).is("with");
    }

    private static boolean isRelative(Document d, TokenSpan span) {
        return span.last() - span.first() == 1 && NounPhrases.isRelativePronoun(d.token(span.first()));
    }

    /**
     * The subject of the clause that opens the sentence, before {@code limit}: past a conjunction and adverbs ("And then
     * Trump went ..."), and past opening adverbial phrases set off by commas ("In a statement, ...", "Facing mounting
     * criticism, ...", "A few minutes later, ..."); null if no noun phrase stands there.
     */
    private TokenSpan clauseSubject(Document d, Sentence s, int limit) {
        int start = skipOpeningTime(d, skipOpeners(d, words.afterDateline(d, s.first(), limit), limit), limit);
        for (int round = 0; round < 3; round++) {
            // a subordinate clause runs longer than a phrase: "When Maddow pointed out that ..., Clinton seized upon"
            int reach = words.is(d.token(start), WordClass.SUB) || words.is(d.token(start), WordClass.WH) ? 30 : 12;
            int comma = -1;
            for (int k = start; k < limit && k - start < reach; k++) {
                if (d.token(k).isPunct(',')) {
                    comma = k;
                    break;
                }
            }
            if (comma < 0 || !(isOpeningAdverbial(d, start, comma) || round > 0 && isPlaceAfterPlace(d, start, comma))) {
                break;
            }
            start = skipOpeners(d, comma + 1, limit);
        }
        int end = phrases.endAfter(d, start, limit, true);
        if (end - start > 1 && end < limit && isPastVerbBefore(d, end - 1, d.token(end))) {
            end--; // "His campaign sued the DNC": the noun phrase read rightwards ran into the verb
        }
        end = verbInside(d, start, end);
        return end > start ? new TokenSpan(start, end) : null;
    }

    /**
     * Where a noun phrase read rightwards from {@code start} runs into its clause's verb in the past tense: "Cruz took",
     * "The senator paused", "Donald Trump picked up", "Tracy Martin, Trayvon's father, issued" (not "the embattled
     * governor", "a poll conducted by"); else {@code end}.
     */
    private int verbInside(Document d, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            Token t = d.token(k);
            Token before = d.token(k - 1);
            boolean afterComma = before.isPunct(',');
            boolean afterNoun = isNounBefore(before) || words.isAdverb(before) && k - 2 >= start && isNounBefore(d.token(k - 2));
            if (!t.isWord() || t.capitalized() || !(afterComma || afterNoun)) {
                continue;
            }
            if (words.isPastForm(t) && !(k + 1 < d.size() && d.token(k + 1).is("by")) || afterComma && words.isAuxiliary(t)) {
                return afterComma ? k - 1 : k;
            }
        }
        return end;
    }


    /** Whether a word may end the noun phrase before a verb; an adverb may stand between them: "The nurse later sued". */
    private boolean isNounBefore(Token t) {
        return t.isWord() && !words.isFunctionWord(t) && !words.isAdverb(t);
    }

    /** Whether the word at {@code k} reads as a verb in the past tense before {@code next}: "sued the DNC", "gathered at". */
    private boolean isPastVerbBefore(Document d, int k, Token next) {
        Token t = d.token(k);
        return words.isPastForm(t)
                && (words.is(next, WordClass.DET) || words.is(next, WordClass.POSS) || words.is(next, WordClass.PREP)
                || words.is(next, WordClass.OBJ) || next.is("that") || next.isPunct(','));
    }

    /** 'At an event in Ames, Iowa, on Sunday, ...': the name of a state after a place's name ends no opening adverbial. */
    private static boolean isPlaceAfterPlace(Document d, int start, int comma) {
        Token first = d.token(start);
        return start > 1 && d.token(start - 2).capitalized() && first.capitalized() && first.isWord()
                && (comma == start + 1 || comma == start + 2 && d.token(start + 1).isPunct('.'));
    }

    /** Skips a time phrase that opens a clause without a comma: "By Sunday afternoon she had", "On Monday the senator". */
    private int skipOpeningTime(Document d, int k, int limit) {
        if (k >= limit || !words.is(d.token(k), WordClass.PREP)) {
            return k;
        }
        int m = k + 1;
        while (m < limit && m - k <= 3 && (words.isTime(d.token(m)) || words.isTimeModifier(d.token(m)))) {
            m++;
        }
        // not into a possessive: "At Sunday night's debate, ..." is a phrase the comma ends
        return m > k + 1 && m < limit && d.token(m).isWord() && !words.is(d.token(m), WordClass.PREP) && !d.token(m).is("'s") ? m : k;
    }

    /** Skips conjunctions, quotation marks and adverbs that open a clause: "And then", "But now". */
    private int skipOpeners(Document d, int k, int limit) {
        while (k < limit && (words.is(d.token(k), WordClass.CONJ) || d.token(k).type() == TokenType.QUOTE
                || words.isAdverb(d.token(k)) && !d.token(k).capitalized() || d.token(k).is("then"))) {
            k++;
        }
        return k;
    }

    /**
     * Whether the words from {@code start} to the comma at {@code comma} are an opening adverbial: a phrase opened by
     * a preposition, a subordinating word, an adverb or a participle ("In a statement", "Facing mounting criticism"),
     * or a time expression ("A few minutes later", "Last week"), but not a clause with a time in it ("Clinton spoke
     * Sunday").
     */
    private boolean isOpeningAdverbial(Document d, int start, int comma) {
        if (comma <= start) {
            return false;
        }
        Token first = d.token(start);
        String w = first.lower();
        if (words.is(first, WordClass.PREP) || words.is(first, WordClass.SUB) || words.isAdverb(first)
                || first.isWord() && (w.endsWith("ing") || w.endsWith("ed")) || first.is("here") || first.is("when")
                || first.capitalized() && w.endsWith("ly") && w.length() > 5) {
            // "Shortly after the announcement, ...", "Here in Columbia, ...", "When asked about it, ..."
            return true;
        }
        if (comma - start <= 3 && d.token(comma - 1).lower().endsWith("ly") && words.isAdverb(d.token(comma - 1))
                && !phrases.isNominal(first) && !phrases.isSubjectPronoun(first)) {
            return true; // "Most recently, ..."
        }
        if (comma - start <= 3 && (d.token(comma - 1).is("later") || d.token(comma - 1).is("ago") || d.token(comma - 1).is("earlier")
                || d.token(comma - 1).is("before"))) {
            return true; // "Hours later, ...", "The day before, ..."
        }
        if (comma - start > 5 || !(words.isTime(first) || words.isTimeModifier(first) || words.is(first, WordClass.DET)
                || first.type() == TokenType.NUMBER || QuantityFinder.isNumberWord(w))) {
            return false;
        }
        boolean time = false;
        for (int m = start; m < comma; m++) {
            Token t = d.token(m);
            time |= words.isTime(t) || t.is("ago") || t.is("later") || t.is("earlier");
            if (words.isPastForm(t) || words.isAuxiliary(t)) {
                return false; // "The Post intervened in April, arguing": a clause, not a time
            }
        }
        return time;
    }

    private Placement passive(Document d, Sentence s, Cue cue) {
        int k = cue.last();
        // the by-phrase may come after a short adverbial: "was reported on Tuesday by ..."
        for (int m = k; m < s.last() && m - k < 5; m++) {
            Token t = d.token(m);
            // or a from-phrase right after a received cue noun: "the plan drew criticism from Democrats"
            if (t.is("by") || t.is("from") && m == k && !words.isPastForm(d.token(cue.head()))) {
                int end = trimEnd(d, m + 1, phrases.endAfter(d, m + 1, s.last(), true));
                if (end > m + 1) {
                    return new Placement(new TokenSpan(m + 1, end), null, cue.first(), end, false);
                }
                break;
            }
            if (t.type() != TokenType.WORD || t.is("that") || t.is("to")) {
                break;
            }
        }
        return new Placement(null, null, cue.first(), cue.last(), false);
    }

    private Placement accordingTo(Document d, Sentence s, Cue cue) {
        boolean before = somethingBefore(d, s, cue.first());
        if (before && cue.first() - s.first() <= 2) {
            boolean intro = true;
            for (int k = s.first(); k < cue.first(); k++) {
                intro &= words.is(d.token(k), WordClass.CONJ) || words.isAdverb(d.token(k)) || d.token(k).isPunct(',');
            }
            before = !intro; // "And according to a recent poll, ...": nothing reported before it
        }
        // "According to X, ...": the comma ends the source; "..., according to X, the head of Y": an apposition
        int end = trimEnd(d, cue.last(), phrases.endAfter(d, cue.last(), s.last(), before));
        if (!before) {
            // "According to early results of the exit polls conducted for the AP by Edison Research, ...": all to the comma
            for (int k = cue.last(); k < s.last() && k - cue.last() <= 25; k++) {
                Token t = d.token(k);
                Quote title = d.quotes.openingAt(k);
                if (title != null && title.closed() && title.close() - k <= 15 && title.close() + 1 < s.last()) {
                    k = title.close(); // "According to ''The Trumps: Three Generations,'' by Gwenda Blair, ..."
                    continue;
                }
                if (t.isPunct(',')) {
                    end = k;
                    break;
                }
                if (t.type() == TokenType.QUOTE || t.isPunct(':') || t.isPunct(';')) {
                    break;
                }
            }
        } else if (end < s.last() && !d.token(end).isPunct(',')) {
            // "A, according to people familiar with the campaign's thinking, is B": the source runs to the comma
            int comma = commaAfterPhrase(d, s, end);
            end = comma > 0 ? comma : end;
        }
        TokenSpan source = end > cue.last() ? new TokenSpan(cue.last(), end) : null;
        return new Placement(source, null, cue.first(), Math.max(end, cue.last()), before);
    }

    /**
     * The comma closing a phrase that goes on at {@code k} with no verb or quotation ("with the campaign's thinking,"),
     * or the sentence's end ("..., according to a CBS poll released Monday."); else -1.
     */
    private int commaAfterPhrase(Document d, Sentence s, int k) {
        int m = k;
        for (; m < s.last() && m - k <= 12; m++) {
            Token t = d.token(m);
            if (t.isPunct(',')) {
                return m;
            }
            if (!(t.isWord() || t.type() == TokenType.NUMBER || t.isPunct('.')) || words.isAuxiliaryAt(d, m) || phrases.isFiniteVerb(t)
                    || words.is(t, WordClass.SUB) || words.is(t, WordClass.WH) || t.is("during")) {
                return -1; // "..., according to Lloyd Austin during a trip to Rome.": an adverbial, not the source
            }
        }
        return m == s.last() ? trimEnd(d, k, m) : -1;
    }

    private Placement dash(Document d, Cue cue) {
        int end = cue.last();
        while (end < d.size() && !d.token(end).lineStart() && d.token(end).isWord()) {
            end++;
        }
        return new Placement(new TokenSpan(cue.last(), end), null, cue.first(), end, true);
    }

    /** The possessor of a cue noun: "his" in "his support for", "the agency's" in "the agency's claim". */
    private Placement noun(Document d, Sentence s, Cue cue) {
        int p = cue.first() - 1;
        while (p > s.first() && !(d.token(p).is("'s") || words.is(d.token(p), WordClass.POSS))) {
            p--;
        }
        TokenSpan source = null;
        if (words.is(d.token(p), WordClass.POSS)) {
            TokenSpan doer = subjectOfVerbBefore(d, s, p);
            source = doer != null ? doer : new TokenSpan(p, p + 1);
        } else if (d.token(p).is("'s")) {
            int start = phrases.possessorStart(d, p, s.first());
            if (start >= 0) {
                source = new TokenSpan(start, p + 1);
            }
        }
        return new Placement(source, null, source == null ? cue.first() : source.first(), cue.last(), false);
    }

    /**
     * "He has stepped up his attacks on", "Sanders is lending his support to": a possessive right after a verb (and its
     * particle) stands for the verb's subject, who is the source, if they agree in number (not "the fans cheered his
     * support"), not after a preposition ("with his promise to"), nor after an infinitive ("forcing Sanders to reverse
     * his opposition"); null if there is none.
     */
    private TokenSpan subjectOfVerbBefore(Document d, Sentence s, int poss) {
        int k = poss - 1;
        while (k > s.first() && poss - k <= 2 && PARTICLES.contains(d.token(k).lower())) {
            k--; // "ratcheted up", "doubled down on"
        }
        if (k <= s.first()) {
            return null;
        }
        Token verb = d.token(k);
        if (!verb.isWord() || verb.capitalized() || words.isFunctionWord(verb) || words.isAdverb(verb)) {
            return null;
        }
        int group = k;
        while (group > s.first() && k - group < 4 && (words.isAuxiliary(d.token(group - 1)) || words.isAdverb(d.token(group - 1)))) {
            group--; // "has consistently pushed"
        }
        if (group <= s.first() || d.token(group - 1).is("to")) {
            return null;
        }
        TokenSpan subject = subjects.before(d, s, group);
        return subject != null && isPlural(d, subject) == d.token(poss).is("their") ? subject : null;
    }

    /** Whether a subject is plural: "they", "the senators", "Cruz and Rubio" (not "Sanders", "the press"). */
    private static boolean isPlural(Document d, TokenSpan subject) {
        Token last = d.token(subject.last() - 1);
        boolean and = false;
        for (int k = subject.first(); k < subject.last(); k++) {
            and |= d.token(k).is("and");
        }
        return and || last.is("they") || last.is("we") || !last.capitalized() && last.lower().endsWith("s") && !last.lower().endsWith("ss");
    }

    /**
     * '"...," said X' or 'X is wrong, says Y': a reporting verb without auxiliaries, after a comma or a
     * quotation, before a noun phrase that ends the clause.
     */
    private boolean isInverted(Document d, Sentence s, Cue cue) {
        if (cue.entry() == null || !cue.entry().inverts() || cue.head() != cue.last() - 1 || cue.last() >= s.last()
                || words.hasAuxiliary(d, cue)) {
            return false;
        }
        int p = cue.first() - 1;
        boolean afterBreak = p < s.first() ? p >= 0 && d.quotes.closingAt(p) != null
                : d.token(p).isPunct(',') || d.quotes.closingAt(p) != null || d.token(p).type() == TokenType.DASH
                || d.token(p).isPunct(':');
        if (!afterBreak) {
            return false;
        }
        Token next = d.token(cue.last());
        boolean startsPhrase = next.capitalized() && !words.isFunctionWord(next) || words.is(next, WordClass.DET)
                || gazetteer.isTitle(next) || next.is("he") || next.is("she") || next.is("they") || next.is("we")
                || words.is(next, WordClass.POSS) && !next.is("her") || QuantityFinder.isNumberWord(next.lower()) || next.is("one")
                || phrases.isNominal(next) && namedAhead(d, cue.last(), s.last());
        if (!startsPhrase || next.is("that") || next.is("this")) {
            return false;
        }
        int end = phrases.endAfter(d, cue.last(), s.last(), false);
        if (end <= cue.last()) {
            return false;
        }
        if (!quoteClosesBefore(d, s, cue.first()) && !namesSpeaker(d, cue.last(), end)) {
            return false;
        }
        if (end >= s.last()) {
            return true;
        }
        Token after = d.token(end);
        // the subject noun phrase ends the clause; a new noun phrase or verb after it means this was no inversion
        return !(words.isAuxiliary(after) || phrases.isFiniteVerb(after) || after.is("that") || phrases.isSubjectPronoun(after)
                || words.is(after, WordClass.DET) || phrases.isNominal(after) && !words.isTime(after));
    }

    /**
     * 'A is wrong, says Y' without a quotation: Y must name someone, by a name, a role, an organisation or a pronoun
     * ("said a spokesman for the agency", "argue critics" is not enough), for "..., wrote a host of new songs for the
     * album" (a title word as a quantity) or "..., offered the contest" read the verb's object as its subject.
     */
    private boolean namesSpeaker(Document d, int start, int end) {
        for (int k = start; k < end; k++) {
            Token t = d.token(k);
            boolean quantity = k > start && words.is(d.token(k - 1), WordClass.DET) && k + 1 < end && d.token(k + 1).is("of");
            if (t.capitalized() && !words.isFunctionWord(t) || gazetteer.isTitle(t) && !quantity
                    || gazetteer.isOrganisationWord(t.lower()) || k == start && phrases.isSubjectPronoun(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word comes within a few words: "said retired Army Lt. Gen. Mick Bednarek". */
    private static boolean namedAhead(Document d, int k, int limit) {
        for (int m = k; m < limit && m - k < 4; m++) {
            if (d.token(m).capitalized()) {
                return true;
            }
            if (!d.token(m).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Whether only adverbials, punctuation and quotation marks follow {@code k} in the sentence. */
    private boolean endsSentence(Document d, Sentence s, int k) {
        return adverbials.onlyAdverbialsAfter(d, s, k);
    }

    /**
     * 'Sunday on Fox News channel's "Sunday Morning Futures," Rep. Darrell Issa said Clinton's ...': a short quotation
     * inside an opening phrase is a title, and the cue reports the clause after it.
     */
    private boolean isTitleBeforeClause(Document d, Sentence s, int groupStart, int groupEnd) {
        int p = groupStart - 1;
        if (p >= s.first() && d.token(p).isPunct(',')) {
            p--;
        }
        Quote q = p >= 0 ? d.quotes.closingAt(p) : null;
        if (q == null || q.open() <= s.first() || q.close() - q.open() > 7) {
            return false;
        }
        Token before = d.token(q.open() - 1);
        boolean title = before.is("'s") || words.is(before, WordClass.POSS) || words.is(before, WordClass.PREP);
        // 'Asked if Sanders is "realistic enough," 72 percent said yes': the quotation is the question's
        boolean question = d.token(s.first()).is("asked") || d.token(s.first()).is("when") && d.token(s.first() + 1).is("asked");
        return (title || question) && !adverbials.onlyAdverbialsAfter(d, s, groupEnd);
    }

    /**
     * '"... with little girls." Cruz says, "That is ..."': the quotation before the group ended a sentence of its own,
     * so the one after is what this cue reports.
     */
    private static boolean endsSentenceInside(Document d, int groupStart) {
        int p = groupStart - 1;
        if (p > 0 && (d.token(p).isPunct(',') || d.token(p).type() == TokenType.DASH)) {
            p--;
        }
        if (p < 1 || d.quotes.closingAt(p) == null) {
            return false;
        }
        Token last = d.token(p - 1);
        return last.isPunct('.') || last.isPunct('?') || last.isPunct('!');
    }

    /** Whether a quotation closes right before {@code k}, perhaps with a comma between: '"...," she said'. */
    private static boolean quoteClosesBefore(Document d, Sentence s, int k) {
        int p = k - 1;
        if (p >= s.first() && (d.token(p).isPunct(',') || d.token(p).type() == TokenType.DASH)) {
            p--;
        }
        return p >= 0 && d.quotes.closingAt(p) != null;
    }

    /** The words between a closing quotation (and comma) and the cue, if they can be a noun phrase. */
    private TokenSpan betweenQuoteAndCue(Document d, Sentence s, int cueFirst) {
        int k = cueFirst - 1;
        while (k >= s.first() && cueFirst - k <= NounPhrases.MAX_LENGTH) {
            Token t = d.token(k);
            if (d.quotes.closingAt(k) != null || t.isPunct(',') && k > 0 && d.quotes.closingAt(k - 1) != null) {
                Token last = d.token(cueFirst - 1);
                return k + 1 < cueFirst && (phrases.isNominal(last) || isName(d, s, cueFirst - 1)) ? new TokenSpan(k + 1, cueFirst) : null;
            }
            if (!(t.isWord() || t.type() == TokenType.NUMBER || t.isPunct('(') || t.isPunct(')'))
                    || !isName(d, s, k) && (words.isAuxiliary(t) || phrases.isFiniteVerb(t) || words.is(t, WordClass.SUB) || t.is("that"))) {
                return null;
            }
            k--;
        }
        return null;
    }

    /**
     * Whether a capitalised word inside a sentence, after a quotation, is a name even if it is a function word:
     * '"...," From said', '"...," Will wrote'.
     */
    private static boolean isName(Document d, Sentence s, int k) {
        Token t = d.token(k);
        return k > s.first() && t.isWord() && t.capitalized() && !t.is("I") && d.quotes.around(k) == null;
    }

    /**
     * Whether an opening quotation mark follows the cue after a comma or colon, past a time ('When asked, Tyler said,
     * "..."', 'an official said Wednesday, "..."').
     */
    private boolean quoteOpensAfter(Document d, Sentence s, int k) {
        int start = k;
        while (k < s.last() && k - start < 3 && (words.isTime(d.token(k)) || words.isTimeModifier(d.token(k)))) {
            k++;
        }
        return k + 1 < s.last() && (d.token(k).isPunct(',') || d.token(k).isPunct(':')) && d.quotes.openingAt(k + 1) != null;
    }

    /** Whether the sentence has words before {@code k}, or a quotation closes right before it. */
    private static boolean somethingBefore(Document d, Sentence s, int k) {
        if (k > s.first()) {
            return true;
        }
        return k > 0 && d.quotes.closingAt(k - 1) != null;
    }

    /** 'A, X said, B': the group is set off by commas (or dashes) inside the sentence. */
    private static boolean isParentheticalGroup(Document d, Sentence s, int start, int end) {
        if (start <= s.first() || end >= s.last()) {
            return false;
        }
        Token before = d.token(start - 1);
        Token after = d.token(end);
        return (before.isPunct(',') || before.type() == TokenType.DASH) && (after.isPunct(',') || after.type() == TokenType.DASH);
    }

    /** Drops punctuation that ends a noun phrase. */
    private static int trimEnd(Document d, int start, int end) {
        while (end > start && d.token(end - 1).type() != TokenType.WORD && d.token(end - 1).type() != TokenType.NUMBER
                && !d.token(end - 1).isPunct(')')) {
            end--;
        }
        return end;
    }
}
