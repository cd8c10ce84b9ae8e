package claims.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the verb group around a cue verb or phrase: the auxiliaries and adverbs before it ("has also said"), and
 * the construction it stands in: active, passive ("was reported by"), a participle clause ("..., adding"), an
 * infinitive ("is likely to argue"). Without a tagger, a cue word that can also be a noun ("claims", "support")
 * is read as a verb only with a subject-like word before it and a complement after it.
 */
final class VerbCues {

    /** Determiners that can also stand alone as a subject: "some say", "another said". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "few", "several", "both", "all", "another",
            "others", "each", "either", "neither", "more", "fewer", "such", "none");

    /** Fractions that take a plural verb after "a": "a third say", "a quarter want". */
    private static final Set<String> FRACTIONS = Set.of("third", "quarter", "fifth", "tenth", "half");

    /** Quantifiers that stand alone as a singular subject, so that an -s form after them is a verb: "another says". */
    private static final Set<String> SINGULAR_QUANTIFIERS = Set.of("another", "each", "either", "neither");

    /** Words a base-form verb takes as its subject although they do not end in -s: "they say", "people think". */
    private static final Set<String> PLURAL_SUBJECTS = Set.of("people", "police", "staff", "public", "majority", "minority",
            "children", "men", "women", "folks", "media", "press", "clergy", "personnel", "electorate", "many", "most",
            "some", "few", "others", "both", "all", "who", "that", "which", "percent", "cent", "half", "third", "thirds",
            "quarter", "quarters");

    /** the most words scanned back from a verb for its auxiliaries and adverbs ("has also repeatedly said") */
    static final int VERB_GROUP = 6;

    private final CueLexicon lexicon;
    private final FunctionWords words;
    private final NounPhrases phrases;
    /** words that govern an infinitive cue and belong to it (infinitive-governors.txt) */
    private final Set<String> governors;
    /** verbs that govern a cue in -ing and belong to it (gerund-governors.txt) */
    private final Set<String> gerundGovernors;
    /** Verbs that take "by" and a cue in -ing: "began by saying" (by-governors.txt). */
    private final Set<String> byGovernors;
    /** phrases after a speech verb that belong to its cue (speech-media.txt) */
    private final List<String[]> media;
    /** lemma and particle of phrasal verbs that attribute nothing (other-senses.txt): "show up" */
    private final Set<String> otherSenses;
    /** what candidates run for (offices.txt): "seeking the nomination" */
    private final Set<String> offices;

    VerbCues(CueLexicon lexicon, FunctionWords words, NounPhrases phrases) {
        this.lexicon = lexicon;
        this.words = words;
        this.phrases = phrases;
        this.governors = Set.copyOf(Lexicon.lines("infinitive-governors.txt"));
        this.gerundGovernors = Set.copyOf(Lexicon.lines("gerund-governors.txt"));
        this.byGovernors = Set.copyOf(Lexicon.lines("by-governors.txt"));
        this.media = Lexicon.fields("speech-media.txt");
        this.otherSenses = Set.copyOf(Lexicon.lines("other-senses.txt"));
        this.offices = Set.copyOf(Lexicon.lines("offices.txt"));
    }

    /**
     * The cue of the verb form at {@code head} (a phrase ending at {@code end}), with the particle, manner adverb,
     * medium or topic that follows a speech verb ("wrote back", "said repeatedly", "said in a statement", "said of the
     * plan"); null when the word is no verb here.
     */
    Cue read(Document d, Sentence s, int head, int end, CueLexicon.Form form, List<Cue> before) {
        if (end == head + 1 && (isTurnOfPhrase(d, s, head) || isOtherSense(d, s, head, form) || isReaderQuestion(d, s, head)
                || isAcquaintance(d, s, head, form) || isRunningFor(d, s, head, form))) {
            return null;
        }
        Cue cue = presentedAs(d, s, toChecked(d, s, verbGroup(d, s, head, end, form, before)));
        if (cue == null || end > head + 1) {
            return cue;
        }
        return withTopic(d, s, withMedium(d, s, withAdverbAfter(d, s, withWeekday(d, s, withParticle(d, s, cue)))));
    }

    /**
     * "That said, the plan ...", "no better than, say, the old one", "16,000, as opposed to 80,000": "said" after an
     * opening "that", "say" set off by commas and "as opposed to" are turns of phrase ("even so", "for example",
     * "rather than"), no one's saying or stance.
     */
    private static boolean isTurnOfPhrase(Document d, Sentence s, int head) {
        Token t = d.token(head);
        boolean commaAfter = head + 1 < s.last() && d.token(head + 1).isPunct(',');
        if (t.is("opposed")) {
            return head > s.first() && d.token(head - 1).is("as") && head + 1 < s.last() && d.token(head + 1).is("to");
        }
        if (t.is("said")) {
            return commaAfter && head - 1 == s.first() && d.token(head - 1).is("that");
        }
        return t.is("say") && commaAfter && head > s.first() && d.token(head - 1).isPunct(',');
    }

    /** "Democrats showed up at the polls": a particle that makes the verb a phrasal verb of another sense. */
    private boolean isOtherSense(Document d, Sentence s, int head, CueLexicon.Form form) {
        return head + 1 < s.last() && otherSenses.contains(form.entry().lemma() + " " + d.token(head + 1).lower());
    }

    /**
     * "Do you support Donald Trump?": a question the writer puts to the reader, with "you" after an opening auxiliary,
     * asks for a view; it reports none.
     */
    private boolean isReaderQuestion(Document d, Sentence s, int head) {
        int a = head - 1;
        while (a > s.first() && words.isAdverb(d.token(a))) {
            a--;
        }
        int end = s.last() - 1;
        while (end > head && (d.token(end).type() == TokenType.QUOTE || d.token(end).type() == TokenType.SINGLE_QUOTE)) {
            end--;
        }
        return a - 1 == s.first() && d.token(a).is("you") && words.isAuxiliary(d.token(a - 1)) && d.token(end).isPunct('?');
    }

    /** What follows a person "known" as an acquaintance: "has known Trump since 1990", "I know him personally". */
    private static final Set<String> ACQUAINTANCE_ENDS = Set.of("since", "personally", "well", "from", "for", ".", ",");

    /**
     * "has known Trump since the 1970s", "who didn't know him,": "know" with a person as its whole object is
     * acquaintance, no knowledge of a claim.
     */
    private boolean isAcquaintance(Document d, Sentence s, int head, CueLexicon.Form form) {
        if (!form.entry().lemma().equals("know") || head + 1 >= s.last()) {
            return false;
        }
        int k = head + 1;
        if (words.is(d.token(k), WordClass.OBJ)) {
            k++;
        } else {
            while (k < s.last() && k - head <= 3 && d.token(k).capitalized()) {
                k++;
            }
        }
        return k > head + 1 && k < s.last() && ACQUAINTANCE_ENDS.contains(d.token(k).lower());
    }

    /**
     * "Revealed: What the videos contain", "Pledged: 781", "Declared 2016 Presidential Candidates": a past form opening a
     * sentence before a colon, a number or a capitalised word is a label or a heading's modifier, with no one who said;
     * but a verb that inverts takes its speaker there ("Said Comey, ...", "Continued Stone: ...").
     */
    private static boolean isLabel(Token next, CueEntry entry) {
        return next == null || next.isPunct(':') || next.type() == TokenType.NUMBER || next.capitalized() && !entry.inverts();
    }

    /** the most words of a noun phrase scanned for the office it names ("her party's gubernatorial nomination") */
    private static final int OFFICE_PHRASE = 5;

    /**
     * "is seeking reelection", "sought the Democratic nomination", "seeks the White House": seeking an office is running
     * for it, no claim; but "sought Trump's endorsement", "seeking to ease worries".
     */
    private boolean isRunningFor(Document d, Sentence s, int head, CueLexicon.Form form) {
        if (!form.entry().lemma().equals("seek")) {
            return false;
        }
        for (int k = head + 1; k < s.last() && k - head <= OFFICE_PHRASE; k++) {
            Token t = d.token(k);
            if (!t.isWord() && !t.is("'s") || words.is(t, WordClass.PREP) || t.is("to")) {
                return false;
            }
            if (offices.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the verb group around the cue word at {@code head} (its phrase ending at {@code end}): the
     * auxiliaries and adverbs before it, whether it is active, passive, a participle clause or an infinitive.
     * Null when the word is not used as a verb here.
     */
    private Cue verbGroup(Document d, Sentence s, int head, int end, CueLexicon.Form form, List<Cue> before) {
        Token t = d.token(head);
        EnumSet<Inflection> inf = form.inflections();
        if (form.entry().lemma().equals("name") && !t.is("named")) {
            return null; // "to name a replacement", "names on the list": only "Clinton named six" picks someone out
        }
        // adverbs and auxiliaries before the verb: "has also said", "did not say"
        int a = head - 1;
        boolean be = false;
        boolean have = false;
        boolean modal = false;
        boolean lastAuxIsBe = false;
        boolean seenAux = false;
        while (a >= s.first() && head - a <= VERB_GROUP) {
            Token x = d.token(a);
            if (words.is(x, WordClass.MODAL) && !seenAux && !inf.contains(Inflection.BASE)) {
                break; // a modal takes a base form: "Will wrote" is George Will
            }
            if (words.isAuxiliaryAt(d, a)) {
                boolean has = contractedHas(d, s, a, head, end, form);
                if (!seenAux) {
                    lastAuxIsBe = !has && (words.is(x, WordClass.BE) || x.is("get") || x.is("got") || x.is("gets") || x.is("getting"));
                }
                seenAux = true;
                be |= !has && words.is(x, WordClass.BE);
                have |= has || words.is(x, WordClass.HAVE);
                modal |= words.is(x, WordClass.MODAL) || words.is(x, WordClass.DO);
                a--;
            } else if (words.isAdverb(x) && (!x.capitalized() || t.capitalized() && a > s.first())) {
                // "also said"; in a title-case headline, "Trump Just Announced"; "reportedly said": the hedge is the
                // claim's, and the speaker stays its claimant
                a--;
            } else if ((x.is("all") || x.is("both") || x.is("each")) && a > s.first()
                    && (words.isAuxiliaryAt(d, a - 1) || phrases.isNominal(d.token(a - 1)) || phrases.isSubjectPronoun(d.token(a - 1)))) {
                a--; // "Cruz and Paul have all attacked", "they both said": a floating quantifier
            } else {
                break;
            }
        }
        int groupStart = a + 1;
        // adverbs directly before a bare verb stay in the cue only after a subject ("Trump also said")
        Token prev = a >= s.first() ? d.token(a) : null;
        TokenSpan span = new TokenSpan(groupStart, end);
        if (inf.contains(Inflection.GERUND) && t.lower().endsWith("ing")) {
            if (be && lastAuxIsBe) {
                return new Cue(CueKind.VERB, span, head, form.entry());
            }
            if (prev != null && gerundGovernors.contains(prev.lower()) && !prev.capitalized()) {
                return governedGerund(d, s, a, head, end, form);
            }
            if (prev == null || prev.isPunct(',') || prev.type() == TokenType.DASH || d.quotes.closingAt(a) != null
                    || words.is(prev, WordClass.PREP)
                    || words.is(prev, WordClass.SUB) || words.is(prev, WordClass.CONJ) || prev.isPunct('(')) {
                int g = prev != null && prev.is("by") ? byGovernor(d, s, a) : -1;
                if (g >= 0) {
                    return governedGerund(d, s, g, head, end, form);
                }
                if (prev != null && words.is(prev, WordClass.PREP) && !prev.is("by") && !prev.is("after") && !prev.is("before")
                        && !prev.is("without") && !prev.is("in") && !prev.is("while")) {
                    return null;
                }
                // "..., falsely suggesting that", "after repeatedly dismissing them": the adverbs belong to the cue
                int start = seenAux ? head : groupStart;
                return asChecked(d, s, new Cue(CueKind.PARTICIPLE, new TokenSpan(start, end), head, form.entry()));
            }
            if (isDeterminerLike(d, a, false)) {
                return null;
            }
            int n = words.timeBefore(d, s, a + 1) - 1;
            if (n < a && n >= s.first() && phrases.isNominal(d.token(n)) && !words.isTime(d.token(n))) {
                // "issued a statement Tuesday saying", "sent a letter this week urging": the time is the light verb's
                int light = lightVerbBefore(d, s, n, n + 1);
                return new Cue(CueKind.VERB, new TokenSpan(light <= n ? light : head, end), head, form.entry());
            }
            if (phrases.isNominal(prev) && closesNounPhrase(d, s, end, form.entry())) {
                return null; // "a strong showing in Iowa", "critical thinking and", "additional reporting by": a noun in -ing
            }
            if (phrases.isNominal(prev) || phrases.isSubjectPronoun(prev)) {
                // "a report suggesting that ...", "officials saying ..."
                return new Cue(CueKind.VERB, new TokenSpan(lightVerbBefore(d, s, a, head), end), head, form.entry());
            }
            return null;
        }
        Token next = end < s.last() ? d.token(end) : null;
        if (inf.contains(Inflection.PARTICIPLE) && !seenAux && next != null && next.is("by") && !byMedium(d, s, end + 1)) {
            // "when asked by the BBC", "a report written by ..."
            return new Cue(CueKind.PASSIVE, new TokenSpan(head, end), head, form.entry());
        }
        if ((inf.contains(Inflection.PAST) || inf.contains(Inflection.PARTICIPLE)) && !inf.contains(Inflection.BASE)
                || (inf.contains(Inflection.PARTICIPLE) && seenAux && (be || have))) {
            if (seenAux && lastAuxIsBe && inf.contains(Inflection.PARTICIPLE)) {
                return new Cue(CueKind.PASSIVE, span, head, form.entry());
            }
            if (seenAux && (have || modal)) {
                return new Cue(CueKind.VERB, span, head, form.entry());
            }
            if (inf.contains(Inflection.PAST)) {
                if (prev != null && isDeterminerLike(d, a, false) || prev == null && isLabel(next, form.entry())) {
                    return null;
                }
                if (next != null && next.is("to") && lexicon.isRaising(t.lower()) && prev != null && phrases.isNominal(prev)
                        && end + 1 < s.last() && phrases.isVerbLike(d.token(end + 1))) {
                    // "soldiers alleged to be in Russia": a hedging participle, not a verb with a subject
                    return null;
                }
                if (namingModifier(d, s, a, t, next)) {
                    return null;
                }
                boolean modifier = prev != null && (prev.type() == TokenType.NUMBER && !isShare(d, s, a)
                        || words.is(prev, WordClass.PREP) || QUANTIFIERS.contains(prev.lower()));
                if (modifier && next != null && phrases.isNominal(next) && !next.capitalized()) {
                    // "1,000 pledged delegates", "in pledged delegates", "both pledged delegates": an adjective
                    return null;
                }
                return asChecked(d, s, new Cue(CueKind.VERB, span, head, form.entry()));
            }
            return null;
        }
        // base or third person form; one followed by an auxiliary, a preposition, a conjunction or a relative
        // pronoun is a noun: "its member states might", "support for", "swing states whose votes"
        if (next != null && (words.isAuxiliary(next) && !next.is("'s") && !gapBefore(d, s, end, prev, form)
                || words.is(next, WordClass.CONJ)
                || next.is("who") || next.is("which") || next.is("whose")
                || words.is(next, WordClass.PREP) && !(form.entry().report() && complementAhead(d, s, end)) && !infinitiveAt(d, s, end)
                && !speakerBefore(d, s, a, form))) {
            return null;
        }
        if (prev != null && prev.is("to") && !seenAux) {
            return infinitive(d, s, head, end, a, form, before);
        }
        if (seenAux && (modal || have || be)) {
            if (modal || (be && !lastAuxIsBe)) {
                return asChecked(d, s, new Cue(CueKind.VERB, span, head, form.entry()));
            }
            return null;
        }
        if (prev == null) {
            // a sentence that opens with a bare verb is an imperative or a headline; "Says X: ..." is rare
            return inf.contains(Inflection.THIRD) && d.token(head).capitalized() ? new Cue(CueKind.VERB, span, head, form.entry()) : null;
        }
        if (isDeterminerLike(d, a, inf.contains(Inflection.THIRD)) || words.is(prev, WordClass.PREP)
                || prev.type() == TokenType.NUMBER && !isShare(d, s, a)) {
            return null;
        }
        boolean base = inf.contains(Inflection.BASE) && !inf.contains(Inflection.THIRD)
                && t.lower().equals(form.entry().lemma().split(" ")[0]);
        if (base && !seenAux && a - 1 >= s.first() && (d.token(a - 1).is("a") || d.token(a - 1).is("an"))
                && !FRACTIONS.contains(prev.lower())) {
            // "a wake-up call for": a singular subject never takes the base form, so this is a noun; but "a third say"
            return null;
        }
        if (base && !inf.contains(Inflection.PAST) && !seenAux && !pluralSubject(prev) && !(next != null && startsComplement(next))
                && !infinitiveAt(d, s, end)) {
            // "boycott state exams", "a private email server": a base form needs a plural subject ("critics say")
            // or a complement after it ("friends of Mr. Clinton's who have seen him recently say that ...")
            return null;
        }
        if (form.entry().has(CueTag.NOUN) && (prev.isPunct('%') || !readsAsVerb(d, s, a, end, form, base))) {
            // "his 32% support gives him": after a share, a word that is also a noun is the noun
            return null;
        }
        // after a subject (a quantifier too: "some say", "another says"), a parenthesis, an apposition between dashes
        // ("Sims - a teacher - says") or a time that closes the subject ("a court document filed Thursday says")
        if (phrases.isNominal(prev) || phrases.isSubjectPronoun(prev) || NounPhrases.isRelativePronoun(prev)
                || prev.isPunct(')') || prev.isPunct(',') || prev.type() == TokenType.QUOTE || words.is(prev, WordClass.CONJ)
                || prev.type() == TokenType.SINGLE_QUOTE || prev.type() == TokenType.DASH || words.isTime(prev)
                || QUANTIFIERS.contains(prev.lower()) || endsPollSubject(prev)) {
            return asChecked(d, s, new Cue(CueKind.VERB, span, head, form.entry()));
        }
        return null;
    }

    /**
     * Whether the word before {@code end} closes a noun phrase rather than opening a participle clause: the sentence
     * ends, or a conjunction, a dash, a stop, a form of "be" or (after a verb that does not report: "writing at
     * Mediaite" but "saying during the debate, '...'") a preposition other than the infinitive's "to" follows, with no
     * "that", colon or quotation soon after ("officials saying in a statement that ..." reports).
     */
    private boolean closesNounPhrase(Document d, Sentence s, int end, CueEntry entry) {
        if (end >= s.last()) {
            return true;
        }
        Token next = d.token(end);
        boolean preposition = words.is(next, WordClass.PREP) && !next.is("to") && !entry.report();
        boolean closes = preposition || words.is(next, WordClass.CONJ) || words.is(next, WordClass.BE)
                || next.type() == TokenType.DASH || next.isPunct('.') || next.isPunct(';');
        return closes && !complementAhead(d, s, end);
    }

    /**
     * "issued a statement saying", "has released a letter saying": the light verb and its object, at {@code a}, belong
     * to the cue (from the light verb's own auxiliaries on); else the cue is the participle at {@code head} alone.
     */
    private int lightVerbBefore(Document d, Sentence s, int a, int head) {
        int v = a - 2;
        if (a != head - 1 || v < s.first() || !words.is(d.token(a - 1), WordClass.DET)
                || !lexicon.isLightVerb(d.token(v).lower()) || d.token(a).capitalized()) {
            return head;
        }
        int g = v - 1;
        while (g >= s.first() && v - g <= VERB_GROUP
                && (words.isAuxiliaryAt(d, g) || words.isAdverb(d.token(g)) && !d.token(g).capitalized())) {
            g--;
        }
        return g + 1;
    }

    /**
     * "started raising questions about", "has all but stopped confirming": the verb of beginning or stopping at {@code g}
     * and its own verb group belong to the cue, which is a verb (or a participle clause: ", continuing to ...").
     */
    private Cue governedGerund(Document d, Sentence s, int g, int head, int end, CueLexicon.Form form) {
        int a = g - 1;
        while (a >= s.first() && g - a <= VERB_GROUP && (words.isAuxiliaryAt(d, a) || words.isAdverb(d.token(a)) && !d.token(a).capitalized()
                || d.token(a).is("all") && a + 1 < g && d.token(a + 1).is("but") || d.token(a).is("but") && a > s.first() && d.token(a - 1).is("all"))) {
            a--;
        }
        Token before = a >= s.first() ? d.token(a) : null;
        boolean clause = before == null || before.isPunct(',') || before.type() == TokenType.DASH || words.is(before, WordClass.CONJ)
                || words.is(before, WordClass.PREP);
        String w = d.token(g).lower();
        CueKind kind = clause && a + 1 == g && w.endsWith("ing") ? CueKind.PARTICIPLE : CueKind.VERB;
        return new Cue(kind, new TokenSpan(a + 1, end), head, form.entry());
    }

    /**
     * The verb before "by" at {@code by} that makes the -ing form after it its manner ("began by saying", "responded
     * first by pointing to", "followed up by asking"), or -1: "won the nomination by promising" keeps the verb's
     * object out of the cue.
     */
    private int byGovernor(Document d, Sentence s, int by) {
        int g = by - 1;
        if (g > s.first() && (words.isAdverb(d.token(g)) || d.token(g).is("up"))) {
            g--; // "responded first by", "followed up by"
        }
        Token v = g >= s.first() ? d.token(g) : null;
        return v != null && !v.capitalized() && byGovernors.contains(v.lower()) ? g : -1;
    }

    /**
     * For a word that is also a noun ("support", "claims"), whether its base or -s form here reads as a verb: a
     * subject-like word before it (a pronoun, a name, a plural, or for the -s form any noun) and a complement after
     * it (a determiner, a pronoun, a name, "that", a quotation). "his consistent support and", "voter support for",
     * "the claims of" are nouns.
     */
    private boolean nounVerbReading(Document d, Sentence s, int a, int end, boolean base) {
        Token prev = d.token(a);
        Token next = end < s.last() ? d.token(end) : null;
        boolean strongSubject = phrases.isSubjectPronoun(prev) || prev.capitalized() || base && pluralSubject(prev);
        if (next == null || prev.capitalized() && a > s.first() && words.is(d.token(a - 1), WordClass.DET)
                && !thatClauseAt(d, s, end) && !(base && pluralName(prev))) {
            // "the MSNBC show": a name modifying the noun; but "The Journal notes that Coulter ...", "other Republicans want"
            return false;
        }
        if (personalSubject(prev, base)) {
            return true; // "she wants voters to know", "they support him": a personal pronoun takes a verb, never a noun
        }
        if (!base) {
            if (prev.type() == TokenType.NUMBER || QuantityFinder.isNumberWord(prev.lower())) {
                return false; // "the three states that voted"
            }
            // an -s form is most often a plural noun ("swing states, but", "the Paris attacks compel"): as a verb it
            // takes a clear complement
            return (startsComplement(next) && !next.isPunct(',') || next.type() == TokenType.NUMBER || words.is(next, WordClass.OBJ)
                    || words.is(next, WordClass.REFL) || infinitiveAt(d, s, end) || isGerund(next)
                    || prev.capitalized() && !prev.allCaps() && bareObjectAt(d, s, end))
                    && (phrases.isSubjectPronoun(prev) || NounPhrases.isRelativePronoun(prev) || prev.capitalized()
                    || prev.isPunct(',') || prev.isPunct(')') || secondPredicate(d, s, a, end)
                    || phrases.isNominal(prev) && !prev.lower().endsWith("ed") && !prev.lower().endsWith("ing"));
        }
        if (!(startsComplement(next) || next.type() == TokenType.NUMBER || phrases.isNominal(next) && strongSubject
                || (words.is(next, WordClass.OBJ) || words.is(next, WordClass.REFL) || isGerund(next)) && strongSubject
                || infinitiveAt(d, s, end))) {
            return false;
        }
        if (phrases.isSubjectPronoun(prev) || NounPhrases.isRelativePronoun(prev) || prev.capitalized() || prev.isPunct(')')
                || words.is(prev, WordClass.CONJ) || prev.isPunct(',')) {
            return true;
        }
        return base ? pluralSubject(prev) : phrases.isNominal(prev) && !prev.lower().endsWith("ed") && !prev.lower().endsWith("ing");
    }

    /**
     * 'Pence blames media for ...', 'Clinton vows change.', 'Trump plans major ad buy after': after a name, up to three
     * lower-case words closed by punctuation, a preposition, a conjunction or "after" are the -s form's object without a
     * determiner; "Initial estimates put the number", "TV shows never die" have a verb after the noun.
     */
    private boolean bareObjectAt(Document d, Sentence s, int end) {
        int k = end;
        while (k < s.last() && k - end < 3 && d.token(k).isWord() && !d.token(k).capitalized() && phrases.isNominal(d.token(k))) {
            k++;
        }
        if (k == end) {
            return false;
        }
        if (k >= s.last()) {
            return true;
        }
        Token after = d.token(k);
        return after.type() == TokenType.PUNCT || words.is(after, WordClass.PREP) || words.is(after, WordClass.CONJ)
                || words.is(after, WordClass.SUB);
    }

    /**
     * "chides Turkey and praises Trump", "has given to many candidates, but plans to narrow": an -s form after "and" or
     * "but" with an object or a clause of its own is a second verb of the subject; not a noun in a list ("insults and
     * attacks", "cities and states that have").
     */
    private boolean secondPredicate(Document d, Sentence s, int a, int end) {
        Token prev = d.token(a);
        if (!(prev.is("and") || prev.is("but")) || a == s.first()) {
            return false;
        }
        Token next = d.token(end);
        return next.is("that") ? thatClauseAt(d, s, end) : infinitiveAt(d, s, end) || words.is(next, WordClass.OBJ)
                || words.is(next, WordClass.DET) || words.is(next, WordClass.POSS) || next.capitalized() && next.isWord()
                || next.type() == TokenType.QUOTE;
    }

    /**
     * '"...," Ribble says in the call', '"...," he says during a car ride': the -s form of a verb that is no noun, after a
     * personal pronoun or a name, is the verb though a preposition follows.
     */
    private boolean speakerBefore(Document d, Sentence s, int a, CueLexicon.Form form) {
        if (a < s.first() || form.entry().has(CueTag.NOUN) || !form.inflections().contains(Inflection.THIRD)) {
            return false;
        }
        Token prev = d.token(a);
        return personalSubject(prev, false)
                || prev.capitalized() && prev.isWord() && !(a > s.first() && words.is(d.token(a - 1), WordClass.DET));
    }

    /** A capitalised plural after a determiner, the subject of a base form: "the Democrats want", "other Republicans support". */
    private static boolean pluralName(Token t) {
        String w = t.lower();
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("us") && w.length() > 3;
    }

    /** A personal pronoun that agrees with the form: "she wants", "it shows"; "they plan", "we want". */
    private static boolean personalSubject(Token t, boolean base) {
        return base ? t.is("i") || t.is("we") || t.is("they") : t.is("he") || t.is("she") || t.is("it");
    }

    /** A lower-case -ing form that can be a verb's object: "supports raising the minimum wage", "calls himself". */
    private boolean isGerund(Token t) {
        return t.isWord() && !t.capitalized() && t.lower().endsWith("ing") && t.lower().length() > 5 && phrases.isVerbLike(t);
    }

    /** "that" opening a clause, not a relative pronoun before its verb ("the Super Tuesday states that will vote"). */
    private boolean thatClauseAt(Document d, Sentence s, int k) {
        return k + 1 < s.last() && d.token(k).is("that") && !words.isAuxiliary(d.token(k + 1)) && !phrases.isVerbLike(d.token(k + 1));
    }

    /**
     * For a word that is also a noun ("support", "notes", "shows"), whether it is a verb here: before a complement,
     * reporting the words around it ('"...," Viguerie notes.'), after a finding's noun ("the survey shows only a small
     * gap", "polls show he remains") or before the gap of a relative clause ("who he claims has been unfair").
     */
    private boolean readsAsVerb(Document d, Sentence s, int a, int end, CueLexicon.Form form, boolean base) {
        Token prev = d.token(a);
        Token next = end < s.last() ? d.token(end) : null;
        return nounVerbReading(d, s, a, end, base) || reportsAround(d, s, a, end, form, base) || words.isFinding(prev)
                || next != null && words.isAuxiliary(next) && gapBefore(d, s, end, prev, form);
    }

    /**
     * A reporting verb after a short subject, with what it reports before it or a quotation after it: '"...,"
     * Viguerie notes.', ', the Daily Caller reports.', ', records show, the plane ...', 'He jokes, "It's ..."'. A noun
     * there would need a determiner of its own ("his notes.", "the reports, ...").
     */
    private boolean reportsAround(Document d, Sentence s, int a, int end, CueLexicon.Form form, boolean base) {
        if (!form.entry().report() || end >= s.last()) {
            return false;
        }
        Token subject = d.token(a);
        if (!(phrases.isSubjectPronoun(subject) || subject.capitalized() || phrases.isNominal(subject))) {
            return false;
        }
        Token next = d.token(end);
        if ((next.isPunct(',') || next.isPunct(':')) && end + 1 < s.last() && d.quotes.openingAt(end + 1) != null) {
            return true;
        }
        if (next.isPunct(',')) {
            // a parenthetical ("..., records show, ..."); not a noun phrase between commas (", concrete questions, ")
            boolean clearSubject = phrases.isSubjectPronoun(subject) || subject.capitalized() || base && pluralSubject(subject);
            return clearSubject && afterQuoteOrComma(d, s, a);
        }
        return (next.isPunct('.') || next.isPunct('!') || next.isPunct(';')) && afterQuoteOrComma(d, s, a);
    }

    /** Whether a comma or a closing quotation mark comes shortly before the subject ending at {@code a}. */
    private boolean afterQuoteOrComma(Document d, Sentence s, int a) {
        for (int k = a - 1; k >= s.first() && a - k <= SHORT_SUBJECT; k--) {
            Token t = d.token(k);
            if (t.isPunct(',') || d.quotes.closingAt(k) != null) {
                return true;
            }
            if (t.type() == TokenType.PUNCT || words.isAuxiliary(t) || words.is(t, WordClass.PREP) && !t.is("of")) {
                return false;
            }
        }
        return false;
    }

    /** The most words of a subject between a quotation and the verb that reports it ("the Des Moines Register"). */
    private static final int SHORT_SUBJECT = 6;

    /**
     * A verb whose clause lost its subject to a relative before it, so that an auxiliary follows: "which he believes
     * will make", "a tactic Democrats hope will dampen", "what scientists think is necessary". For a word that is also
     * a noun ("its member states might") only a subject pronoun shows it is a verb. Not a cleft: "What we do know is
     * that ...", "What many forget is: ...".
     */
    private boolean gapBefore(Document d, Sentence s, int end, Token prev, CueLexicon.Form form) {
        if (prev == null || end + 1 >= s.last() || d.token(end + 1).is("that") || d.token(end + 1).type() == TokenType.PUNCT) {
            return false;
        }
        if (phrases.isSubjectPronoun(prev)) {
            return true;
        }
        return !form.entry().has(CueTag.NOUN) && prev.isWord() && (pluralSubject(prev) || prev.capitalized());
    }

    /**
     * "Six in 10 say", "nine out of 10 say", "voters under 30 said": a number ending a share of people or an age group
     * is the subject, not a modifier.
     */
    private boolean isShare(Document d, Sentence s, int a) {
        if (a - 2 < s.first()) {
            return false;
        }
        Token p = d.token(a - 1);
        if (p.is("over") || p.is("under")) {
            // "voters over 60 say", "those under 30 want"
            return phrases.isNominal(d.token(a - 2)) && !d.token(a - 2).capitalized() || d.token(a - 2).is("those");
        }
        int n = p.is("of") && d.token(a - 2).is("out") ? a - 3 : a - 2;
        return (p.is("in") || n < a - 2) && n >= s.first()
                && (d.token(n).type() == TokenType.NUMBER || QuantityFinder.isNumberWord(d.token(n).lower()));
    }

    /** Participles that close a subject of people asked in a poll: "those surveyed say", "voters polled support". */
    private static final Set<String> POLLED = Set.of("surveyed", "polled", "questioned", "interviewed", "sampled");

    /** "42% say", "those surveyed say": the end of a poll's share of people, a subject though no noun. */
    private static boolean endsPollSubject(Token prev) {
        return prev.isPunct('%') || POLLED.contains(prev.lower());
    }

    /**
     * "a cleric named Fethullah Gulen", "a school named for him": "named" after an indefinite noun phrase and before a
     * name, or before "for", only gives a name; "Clinton named six", "the governor named Lee as her choice" choose or
     * point out. Nor does "those who named a candidate said ...": the relative clause is part of the speaker.
     */
    private boolean namingModifier(Document d, Sentence s, int a, Token verb, Token next) {
        if (!verb.is("named") || next == null || a < s.first()) {
            return false;
        }
        Token prev = d.token(a);
        if (next.is("for") || next.is("after") || prev.is("who")) {
            return true;
        }
        if (!next.capitalized() || prev.capitalized() || !phrases.isNominal(prev)) {
            return false;
        }
        for (int k = a - 1; k >= s.first() && a - k <= NAMED_NOUN_PHRASE; k--) {
            Token t = d.token(k);
            if (t.is("a") || t.is("an")) {
                return true;
            }
            if (!t.isWord() || words.isFunctionWord(t)) {
                return false;
            }
        }
        return false;
    }

    /** The most words of "a 70-year-old academic" before "named". */
    private static final int NAMED_NOUN_PHRASE = 6;

    /**
     * "he's said he will fight", "who's called for troops": "'s" between a person's pronoun and the participle of a
     * speech verb or phrase is "has"; not "it's called America First", "he's said to be ill", "she's quoted by the Times".
     */
    private boolean contractedHas(Document d, Sentence s, int aux, int head, int end, CueLexicon.Form form) {
        boolean speech = form.entry().report() || form.entry().rest().length > 0; // "said", "called for"
        if (!d.token(aux).is("'s") || aux == s.first() || !speech || !form.inflections().contains(Inflection.PARTICIPLE)) {
            return false;
        }
        Token subject = d.token(aux - 1);
        Token next = end < s.last() ? d.token(end) : null;
        return (subject.is("he") || subject.is("she") || subject.is("who"))
                && !(next != null && (next.is("to") || next.is("by") || next.is("as")));
    }

    /** Means of saying something after "by": '"...," Daniloff said by telephone', not the agent of a passive. */
    private static final Set<String> MEDIA = Set.of("phone", "telephone", "cellphone", "email", "e-mail", "text", "video",
            "satellite", "letter", "fax", "mail", "skype");

    /** Whether a means of saying something starts at {@code k}: "said by phone". */
    private static boolean byMedium(Document d, Sentence s, int k) {
        return k < s.last() && MEDIA.contains(d.token(k).lower());
    }

    /**
     * A verb tagged "to" ("compare") attributes only with an object and then "to": "compared Trump to a child molester",
     * "comparing the scenes there to the violence at rallies"; not "compared to 41 percent", "compared with March".
     */
    private Cue toChecked(Document d, Sentence s, Cue cue) {
        if (cue == null || cue.entry() == null || !cue.entry().has(CueTag.TO)) {
            return cue;
        }
        int first = cue.last();
        if (first >= s.last() || d.token(first).is("to") || d.token(first).is("with")) {
            return null;
        }
        for (int k = first + 1; k < s.last() && k - first < OBJECT_BEFORE_TO; k++) {
            Token t = d.token(k);
            if (t.is("to")) {
                return cue;
            }
            if (t.type() == TokenType.PUNCT || words.is(t, WordClass.SUB)) {
                return null;
            }
        }
        return null;
    }

    /** The most words of the object between "compare" and its "to". */
    private static final int OBJECT_BEFORE_TO = 10;

    /**
     * A verb of presenting tagged "as" ("cast", "frame") attributes only in "cast X as Y", in every form ("casting
     * himself as", not "had cast their ballots"), and in the active only with an object before "as" (not "voters who
     * identify as independents"); a belief verb tagged "as" ("see") also reports what was seen in its perfect and
     * participle forms ("we have seen this before"), checked only where {@link #asChecked} is.
     */
    private Cue presentedAs(Document d, Sentence s, Cue cue) {
        if (cue == null || cue.entry() == null || !cue.entry().has(CueTag.AS) || cue.entry().has(CueTag.MIND)) {
            return cue;
        }
        boolean noObject = cue.kind() != CueKind.PASSIVE && cue.last() < s.last() && d.token(cue.last()).is("as");
        return noObject ? null : asChecked(d, s, cue);
    }

    /** A verb tagged "as" ("see", "view") attributes only in "see X as Y". */
    private Cue asChecked(Document d, Sentence s, Cue cue) {
        if (cue.entry() == null || !cue.entry().has(CueTag.AS)) {
            return cue;
        }
        for (int k = cue.last(); k < s.last() && k - cue.last() < 10; k++) {
            Token t = d.token(k);
            if (t.is("as")) {
                return cue;
            }
            if (t.type() == TokenType.PUNCT || words.is(t, WordClass.SUB) && !t.is("as")) {
                return null;
            }
        }
        return null;
    }

    /** Whether a "that", a quotation or a colon comes soon after {@code k}, before any comma ("says in a statement that"). */
    private boolean complementAhead(Document d, Sentence s, int k) {
        for (int m = k; m < s.last() && m - k < 12; m++) {
            Token t = d.token(m);
            if (t.is("that") || t.isPunct(':') || d.quotes.openingAt(m) != null) {
                return true;
            }
            if (t.type() == TokenType.PUNCT || words.isAuxiliary(t)) {
                return false;
            }
        }
        return false;
    }

    /** Whether an infinitive starts at {@code k}: "wants to emerge", "plans to vote", 'pledges to "end" the tax'. */
    private boolean infinitiveAt(Document d, Sentence s, int k) {
        return phrases.isInfinitiveAt(d, k, s.last());
    }

    /** A word that can open what a reporting verb reports: "that", a pronoun, a determiner, a name, a quotation. */
    private boolean startsComplement(Token t) {
        return t.is("that") || t.is("whether") || t.is("if") || phrases.isSubjectPronoun(t) || words.is(t, WordClass.DET)
                || words.is(t, WordClass.POSS) || t.capitalized() || t.type() == TokenType.QUOTE || t.isPunct(':');
    }

    /** A word that can be the plural or first/second person subject of a base-form verb. */
    private boolean pluralSubject(Token prev) {
        if (prev.isWord() && (prev.is("i") || prev.is("you") || prev.is("we") || prev.is("they"))) {
            return true;
        }
        if (words.is(prev, WordClass.CONJ) || prev.isPunct(')') || prev.isPunct(',') || prev.type() == TokenType.NUMBER
                || QuantityFinder.isNumberWord(prev.lower()) || endsPollSubject(prev)) {
            return true;
        }
        String w = prev.lower();
        return prev.isWord() && (PLURAL_SUBJECTS.contains(w) || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s")
                && !w.endsWith("us") && !w.endsWith("is") && w.length() > 2);
    }

    /**
     * A determiner, possessive or possessor before a word makes it a noun or adjective: "the claims", "his plans".
     * A quantifier does so only before a plural noun form ("some reports"), not before a verb ("some say", "another said").
     */
    private boolean isDeterminerLike(Document d, int a, boolean pluralForm) {
        if (a < 0) {
            return false;
        }
        Token p = d.token(a);
        if (QUANTIFIERS.contains(p.lower())) {
            return pluralForm && !SINGULAR_QUANTIFIERS.contains(p.lower()); // but "another says", "each claims"
        }
        return words.is(p, WordClass.DET) || words.is(p, WordClass.POSS) || p.is("'s")
                || p.type() == TokenType.SINGLE_QUOTE && a > 0 && d.glued(a - 1);
    }

    /**
     * A cue verb after "to": the cue takes in the words that govern it ("is likely to argue"); when the governing
     * verb is itself a cue ("declined to comment"), the infinitive is that cue's content and no cue of its own.
     */
    private Cue infinitive(Document d, Sentence s, int head, int end, int to, CueLexicon.Form form, List<Cue> before) {
        int g = to - 1;
        if (!before.isEmpty() && (before.get(before.size() - 1).last() == to || before.get(before.size() - 1).span().contains(to))) {
            // "declined to comment", "wants to say": the infinitive is the content of the cue before it
            return null;
        }
        int start = to;
        boolean goOn = g > s.first() && d.token(g).is("on") && GO.contains(d.token(g - 1).lower());
        if (goOn) {
            g--; // "went on to explain"
        }
        if (g >= s.first() && (goOn || governors.contains(d.token(g).lower()) || lexicon.isSeeming(d.token(g).lower())
                || isGoverningWord(d.token(g)))) {
            // "the emails seem to show": a verb of seeming, which HedgeCues leaves to the cue verb after it, governs it
            start = g;
            int a = g - 1;
            while (a >= s.first() && g - a <= VERB_GROUP && (words.isAuxiliary(d.token(a)) || words.isAdverb(d.token(a))
                    || isDegree(d, s, a)) && !d.token(a).is("'s")) {
                a--;
            }
            start = a + 1;
        } else if (g >= s.first() && isCommonNoun(d.token(g))) {
            return null; // "the opportunity to explain", "an effort to defend": what the noun is for, not a claim
        }
        boolean seeming = start < to && lexicon.isSeeming(d.token(to - 1).lower());
        return new Cue(CueKind.VERB, new TokenSpan(start, end), head, seeming ? withoutSpeech(form.entry()) : form.entry());
    }

    /**
     * "Carson seems to recognize his problem": under a verb of seeming, a verb that otherwise attributes only speech
     * ("recognize", "continue") reports what the writer sees in its subject, with any complement.
     */
    private static CueEntry withoutSpeech(CueEntry entry) {
        if (!entry.has(CueTag.SPEECH)) {
            return entry;
        }
        EnumSet<CueTag> tags = EnumSet.copyOf(entry.tags());
        tags.remove(CueTag.SPEECH);
        return new CueEntry(entry.lemma(), entry.rest(), tags);
    }

    /** Words of degree before a governing adjective, in its cue: "were slightly more likely to say". */
    private static final Set<String> DEGREE = Set.of("more", "less", "most", "least", "too");

    /** A word of degree at {@code a}, not "at least": "more likely to say", but "at least seemed to". */
    private static boolean isDegree(Document d, Sentence s, int a) {
        return DEGREE.contains(d.token(a).lower()) && !(a > s.first() && d.token(a - 1).is("at"));
    }

    /** The forms of "go" in "went on to say", which governs the infinitive with its "on". */
    private static final Set<String> GO = Set.of("go", "goes", "went", "going", "gone");

    /** A lower-case content word that is no verb form of the lexicon: "opportunity", "effort", "pressure". */
    private boolean isCommonNoun(Token t) {
        return t.isWord() && !t.capitalized() && phrases.isNominal(t) && !words.isFunctionWord(t) && !t.lower().endsWith("ly")
                && lexicon.verb(t.lower()).isEmpty();
    }

    /**
     * A word before "to" that governs the infinitive rather than being a noun: a participle or an adjective
     * ("was prompted to say", "is struggling to understand", "were quick to point out").
     */
    private boolean isGoverningWord(Token t) {
        String w = t.lower();
        if (!t.isWord() || t.capitalized() || words.isFunctionWord(t) || w.length() < 5) {
            return false;
        }
        return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ive") || w.endsWith("ful") || w.endsWith("ous")
                || w.endsWith("able") || w.endsWith("ible") || w.endsWith("ant") || w.endsWith("ent") || w.endsWith("ic");
    }

    /** Verbs whose topic may follow "of": "spoke of", "warned of", "boasted of". */
    private static final Set<String> OF_TOPIC = Set.of("speak", "talk", "warn", "write", "think", "complain", "boast", "brag",
            "dream", "hear", "learn", "despair", "approve", "disapprove");

    /** "asked about the plan", "spoke of reform": the preposition belongs to the cue, the topic is the content. */
    private Cue withTopic(Document d, Sentence s, Cue cue) {
        int k = cue.last();
        if ((cue.kind() != CueKind.VERB && cue.kind() != CueKind.PASSIVE && cue.kind() != CueKind.PARTICIPLE)
                || k + 1 >= s.last() || cue.entry().rest().length > 0) {
            return cue;
        }
        Token next = d.token(k);
        if (next.is("about") && isApproximateNumber(d.token(k + 1))) {
            return cue; // "said about half of them will vote": "about" rounds the number that opens the content
        }
        if (next.is("about") || next.is("of") && OF_TOPIC.contains(cue.entry().lemma())) {
            Token after = d.token(k + 1);
            if (after.isWord() || after.type() == TokenType.NUMBER || after.type() == TokenType.QUOTE) {
                return cue.withSpan(new TokenSpan(cue.first(), k + 1));
            }
        }
        return cue;
    }

    /**
     * A number that "about" rounds: "about 20 people", "about half", "about three in ten"; not "one", which is most often
     * a topic ("was right about one thing").
     */
    static boolean isApproximateNumber(Token t) {
        return t.type() == TokenType.NUMBER || t.is("half") || QuantityFinder.isNumberWord(t.lower()) && !t.is("one");
    }

    /** Particles of a phrasal verb of saying: "wrote back", "shouted out", "remarked upon". */
    private static final Set<String> PARTICLES = Set.of("back", "out", "upon");

    /**
     * "wrote back", "blasted out an email", "remarked upon": the particle belongs to the verb; not "out of", "back in
     * June" or "upon seeing him", which start an adverbial.
     */
    private Cue withParticle(Document d, Sentence s, Cue cue) {
        int k = cue.last();
        if (cue.kind() == CueKind.NOUN || cue.entry().rest().length > 0 || k >= s.last()
                || !PARTICLES.contains(d.token(k).lower())) {
            return cue;
        }
        Token after = k + 1 < s.last() ? d.token(k + 1) : null;
        if (after != null && (after.is("of") || after.is("in") || after.is("at") || after.is("when") || after.is("then")
                || after.lower().endsWith("ing"))) {
            return cue;
        }
        return cue.withSpan(new TokenSpan(cue.first(), k + 1));
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /**
     * '"...," the mayor said Tuesday.', "reported Friday on its website": the weekday right after the verb belongs to its
     * cue, as PolNeAR marks it more often than not; not one that heads a time phrase ("said Tuesday night") or comes
     * before "that" ("said Friday that ..."), where PolNeAR leaves it out about as often as not.
     */
    private Cue withWeekday(Document d, Sentence s, Cue cue) {
        int k = cue.last();
        if (cue.kind() != CueKind.VERB || k >= s.last() || !d.token(k).capitalized()
                || !WEEKDAYS.contains(d.token(k).lower())) {
            return cue;
        }
        Token after = k + 1 < s.last() ? d.token(k + 1) : null;
        if (after != null && (words.is(after, WordClass.TIME) || after.is("that"))) {
            return cue;
        }
        return cue.withSpan(new TokenSpan(cue.first(), k + 1));
    }

    /**
     * "has said repeatedly that", "asked rhetorically,", "said again:": a manner adverb right after the verb, before
     * "that" or punctuation, belongs to it; not one before a word it may modify ("discussed recently released polls")
     * or a phrase ("said recently in Ohio", "claimed nearly 400").
     */
    private Cue withAdverbAfter(Document d, Sentence s, Cue cue) {
        int k = cue.last();
        if (cue.kind() == CueKind.NOUN || k >= s.last()) {
            return cue;
        }
        Token x = d.token(k);
        boolean manner = x.is("again") || words.isAdverb(x) && x.lower().endsWith("ly") && !words.isTimeModifier(x);
        Token after = k + 1 < s.last() ? d.token(k + 1) : null;
        boolean closes = after == null || after.is("that") || after.type() == TokenType.QUOTE || after.isPunct(',')
                || after.isPunct(':') || after.isPunct('.');
        if (!manner || !closes) {
            return cue;
        }
        return cue.withSpan(new TokenSpan(cue.first(), k + 1));
    }

    private Cue withMedium(Document d, Sentence s, Cue cue) {
        if (cue.kind() != CueKind.VERB || !cue.reports()) {
            return cue;
        }
        for (String[] m : media) {
            int k = cue.last();
            boolean ok = true;
            for (String w : m) {
                if (k >= s.last() || !d.token(k).is(w)) {
                    ok = false;
                    break;
                }
                k++;
            }
            if (ok) {
                return cue.withSpan(new TokenSpan(cue.first(), k));
            }
        }
        // "said of Trump's campaign: ...": the topic after "of" belongs to the cue when a colon or the quotation follows
        // it; after the words said ('"...," he said of Trump.') or before a comma ("said of the plan, ...") the cue is
        // the verb alone, as PolNeAR marks it more often than not
        int k = cue.last();
        if (cue.entry().lemma().equals("say") && k + 1 < s.last() && d.token(k).is("of")) {
            int end = phrases.endAfter(d, k + 1, s.last(), false);
            boolean wordsFollow = end + 1 < s.last()
                    && (d.token(end).isPunct(':') || d.token(end).type() == TokenType.QUOTE);
            if (end > k + 1 && wordsFollow) {
                return cue.withSpan(new TokenSpan(cue.first(), end));
            }
        }
        return cue;
    }
}
