package claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the attributions of an article sentence by sentence: the cues, then for each its source and the
 * side its content is on, then the content, stopping each content where a later attribution of the same
 * sentence begins.
 */
final class AttributionFinder {

    /**
     * The most tokens a content may have: far more than any real sentence or quotation, and it keeps the work
     * per cue bounded on pathological text (an unclosed quotation, a line of a thousand "said").
     */
    static final int MAX_CONTENT = 600;

    private final CueFinder cues;
    private final SourceFinder sources;
    private final ContentFinder contents;
    private final QuoteContinuation continuation;
    private final Adverbials adverbials;
    private final FunctionWords words;
    private final InnerClaims inner;
    private final Headlines headlines;

    AttributionFinder(CueFinder cues, SourceFinder sources, ContentFinder contents, QuoteContinuation continuation,
                      Adverbials adverbials, FunctionWords words, InnerClaims inner, Headlines headlines) {
        this.cues = cues;
        this.sources = sources;
        this.contents = contents;
        this.continuation = continuation;
        this.adverbials = adverbials;
        this.words = words;
        this.inner = inner;
        this.headlines = headlines;
    }

    List<Attribution> find(Document article) {
        // a title-case headline is read in sentence case: "Berg Just Vowed To Quit" has "vowed" as its verb
        Document d = headlines.view(article);
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : d.sentences) {
            List<Cue> found = cues.find(d, s);
            if (found.isEmpty()) {
                continue;
            }
            List<SourceFinder.Placed> inSentence = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            for (Cue cue : found) {
                Placement p = sources.place(d, s, cue, inSentence);
                placements.add(p);
                inSentence.add(new SourceFinder.Placed(cue, p));
            }
            // contents stop where a later attribution starts; an attribution that finds no content makes no cut,
            // so a second round recomputes the contents without it
            boolean[] live = new boolean[found.size()];
            java.util.Arrays.fill(live, true);
            TokenSpan[] content = contents(d, s, found, placements, live);
            boolean again = false;
            for (int k = 0; k < found.size(); k++) {
                if (content[k] == null) {
                    live[k] = false;
                    again = true;
                }
            }
            if (again) {
                content = contents(d, s, found, placements, live);
            }
            for (int k = 0; k < found.size(); k++) {
                if (content[k] == null) {
                    content[k] = quoteInNextSentence(d, s, found.get(k), placements.get(k));
                }
                if (content[k] == null) {
                    content[k] = heldView(d, s, found.get(k), placements.get(k));
                    if (content[k] != null) {
                        Cue cue = found.get(k); // "was accused of"
                        found.set(k, cue.withSpan(new TokenSpan(cue.first(), placements.get(k).groupEnd() + 1)));
                    }
                }
            }
            for (int k = 0; k < found.size(); k++) {
                Placement p = placements.get(k);
                if (content[k] == null || p.source() != null && content[k].overlaps(p.source()) && !p.contentBefore()) {
                    continue;
                }
                if (p.groupStart() > s.first() && d.token(p.groupStart() - 1).is("what") && !p.contentBefore()) {
                    // "what many analysts said was a sign of ...": the content is the whole "what" clause
                    content[k] = new TokenSpan(p.groupStart() - 1, content[k].last());
                }
                out.add(new Attribution(found.get(k), trimmedToWords(d, p.source()), content[k], trimmedToWords(d, p.relay())));
            }
        }
        return inner.without(d, continuation.extend(d, out));
    }

    private TokenSpan[] contents(Document d, Sentence s, List<Cue> found, List<Placement> placements, boolean[] live) {
        // where contents after a cue stop: where a later attribution begins; where contents before a cue start:
        // after an earlier attribution whose content came before it
        List<Integer> ends = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> coordinations = new ArrayList<>(); // cue indices of verbs coordinated with an earlier one
        for (int k = 0; k < found.size(); k++) {
            if (!live[k]) {
                continue;
            }
            Cue cue = found.get(k);
            Placement p = placements.get(k);
            int g = p.groupStart();
            boolean linked = g - 1 > s.first() && (isLinkWord(d, g - 1, WordClass.SUB) || isLinkWord(d, g - 1, WordClass.CONJ));
            if (linked) {
                g--; // ", although he tweeted", ", but she said"
            }
            // "one in three said A and one in four said B": a cue with its own subject after "and" opens a new clause
            boolean mainClause = cue.kind() == CueKind.VERB && p.source() != null && g > s.first()
                    && (d.token(g - 1).isPunct(',') || d.token(g - 1).isPunct(';')
                    || linked && p.source().first() == p.groupStart() && (d.token(g).is("and") || d.token(g).is("but")));
            // "called her 'third-rate' and boycotted ...": a coordinated cue verb ends the content of the verb it shares
            // its subject with (only of that one: in "said she was elated but still feared ...", "said" goes on)
            boolean coordinated = cue.kind() == CueKind.VERB && cue.first() > s.first() && p.source() != null
                    && (d.token(cue.first() - 1).is("and") || d.token(cue.first() - 1).is("but")) && p.groupStart() == cue.first();
            if (coordinated) {
                coordinations.add(k);
            }
            if (p.contentBefore() || mainClause || cue.kind() == CueKind.PARTICIPLE && !isGerund(d, s, p)
                    || cue.kind() == CueKind.ACCORDING_TO) {
                int cut = mainClause ? g : p.groupStart();
                while (cut > s.first() && (d.token(cut - 1).isPunct(',') || d.token(cut - 1).type() == TokenType.DASH)) {
                    cut--;
                }
                ends.add(cut);
            }
            if (p.contentBefore()) {
                starts.add(p.groupEnd());
            }
        }
        Cuts endAt = new Cuts(ends);
        Cuts startAt = new Cuts(starts);
        TokenSpan[] out = new TokenSpan[found.size()];
        for (int k = 0; k < found.size(); k++) {
            if (!live[k]) {
                continue;
            }
            TokenSpan content = contents.content(d, s, found.get(k), placements.get(k),
                    withCoordinated(d, found, placements, coordinations, k, endAt), startAt);
            CueEntry entry = found.get(k).entry();
            if (content != null && entry != null && entry.quoted() && !namesSomething(d, s, content, placements.get(k))
                    && !d.token(found.get(k).last() - 1).is("out")) {
                // "called the plan 'a disgrace'", "call him competent", "calling Trump a fascist"; not "Obama called Abedini"
                // (but "called out his rival" criticises, whatever follows)
                content = null;
            }
            if (content != null && entry != null && entry.has(CueTag.SPEECH) && !placements.get(k).contentBefore()
                    && !opensSpeech(d, content) && !isFinding(d, placements.get(k).source())) {
                content = null; // "continued to rise", not "he continued: ..."; but "the survey found Clinton leading"
            }
            if (content != null && !content.isEmpty() && hasWords(d, content)) {
                out[k] = content.last() - content.first() > MAX_CONTENT
                        ? new TokenSpan(content.first(), content.first() + MAX_CONTENT) : content;
            }
        }
        return out;
    }

    /**
     * "Mr. Smith was accused of fraud", "the court is seen as friendly to lenders": a passive with no agent and a
     * complement of what its subject is held to be or to have done reports an accusation or a view nobody is named
     * for. The whole clause is its content, as for "is expected to"; the cue takes the complement's preposition.
     * Not when negated ("has never been charged with"): that is the writer's statement of fact.
     */
    private TokenSpan heldView(Document d, Sentence s, Cue cue, Placement p) {
        int end = p.groupEnd();
        if (cue.kind() != CueKind.PASSIVE || p.source() != null || end + 1 >= s.last() || !HELD_AS.contains(d.token(end).lower())) {
            return null;
        }
        for (int k = p.groupStart(); k < end; k++) {
            if (d.token(k).is("not") || d.token(k).is("never") || d.token(k).is("n't")) {
                return null;
            }
        }
        int start = p.groupStart();
        while (start > s.first() && p.groupStart() - start < MAX_CLAUSE && !endsClause(d.token(start - 1))
                && !d.token(start - 1).is("that") && !words.is(d.token(start - 1), WordClass.SUB)) {
            start--;
        }
        while (end < s.last() && end - p.groupEnd() < MAX_CLAUSE && !endsClause(d.token(end)) && !d.token(end).isPunct('.')) {
            end++;
        }
        return start < p.groupStart() && end > p.groupEnd() + 1 ? new TokenSpan(start, end) : null;
    }

    /** The words that open the complement of a held view: "seen as", "known for", "accused of", "charged with". */
    private static final Set<String> HELD_AS = Set.of("as", "for", "of", "with");

    /** The most tokens of a held view's clause on either side of its verb group. */
    private static final int MAX_CLAUSE = 40;

    /** Punctuation that bounds a held view's clause: "Lee, who was accused of fraud, said". */
    private static boolean endsClause(Token t) {
        return t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.type() == TokenType.QUOTE || t.type() == TokenType.DASH;
    }

    /** Whether a source is a poll, survey or study ("a June poll", "A survey by the group"): what it finds is its claim. */
    private boolean isFinding(Document d, TokenSpan source) {
        if (source == null) {
            return false;
        }
        for (int k = source.first(); k < source.last() && k - source.first() < MAX_FINDING_WORDS; k++) {
            if (words.isFinding(d.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** How far into a source a finding's noun is looked for ("the new Register/Bloomberg Politics survey"). */
    private static final int MAX_FINDING_WORDS = 8;

    /** The cuts for cue {@code k}: with the first later verb coordinated with it (same subject), if any. */
    private Cuts withCoordinated(Document d, List<Cue> found, List<Placement> placements, List<Integer> coordinations, int k, Cuts ends) {
        TokenSpan source = placements.get(k).source();
        if (source == null || coordinations.isEmpty()) {
            return ends;
        }
        // coordinations are in cue order: start at the first after cue k, stop past the longest content
        int lo = 0;
        int hi = coordinations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (coordinations.get(mid) <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = found.get(k).last();
        for (int i = lo; i < coordinations.size(); i++) {
            int c = coordinations.get(i);
            if (found.get(c).first() - end > MAX_CONTENT) {
                break;
            }
            if (continuesContent(d, found.get(k), found.get(c))) {
                continue;
            }
            if (source.equals(placements.get(c).source()) || reportsInto(placements, k, placements.get(c).source())) {
                return ends.with(found.get(c).first() - 1);
            }
        }
        return ends;
    }

    /**
     * Whether a cue coordinated after another's content goes on that content rather than ending it: a view with no
     * auxiliary after a verb of speech ("said she was tired of it and wanted a change"; but "has said she wants ... and
     * has expressed support for" shares the cue's tense), or a verb not in the past after a cue in the past ("asked the
     * boy to stand up and say his name").
     */
    private boolean continuesContent(Document d, Cue cue, Cue coordinated) {
        return cue.reports() && isBareView(d, coordinated) || isPast(d, cue) && !isPast(d, coordinated);
    }

    /** Whether a cue's verb group opens with a verb in the past: "said", "also asked", "did"; not "has said", "say". */
    private boolean isPast(Document d, Cue cue) {
        Token t = d.token(words.firstVerb(d, cue));
        return words.isPastForm(t) || t.is("did");
    }

    /** A cue of a belief, wish or stance with no auxiliary: "wanted", "also hoped"; not "has expressed support for". */
    private boolean isBareView(Document d, Cue cue) {
        return cue.entry() != null && cue.entry().has(CueTag.MIND) && !words.hasAuxiliary(d, cue);
    }

    /** How many cues before a reported one its reporting cue is looked for among. */
    private static final int MAX_REPORTING_BACK = 8;

    /**
     * "Clinton has said she wants a safe zone and has expressed support for ...": cue {@code k} stands in the clause
     * reported by an earlier cue of {@code source}, whose verb coordinated after it ends that clause, and so its own
     * (looked for among the few cues before it, as the coordinated verb's source was).
     */
    private static boolean reportsInto(List<Placement> placements, int k, TokenSpan source) {
        if (source == null) {
            return false;
        }
        for (int j = Math.max(0, k - MAX_REPORTING_BACK); j < k; j++) {
            Placement p = placements.get(j);
            if (!p.contentBefore() && source.equals(p.source())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a participle cue is a gerund after a preposition, inside another clause rather than opening one of its
     * own: "can win the cup by defending better", "matters more than cutting taxes", with adverbs between ("hurt the
     * city by repeatedly refusing to fund it") and after "as" ("described the bill as offering relief").
     */
    private boolean isGerund(Document d, Sentence s, Placement p) {
        int b = p.groupStart() - 1;
        while (b > s.first() && words.isAdverb(d.token(b))) {
            b--;
        }
        if (b <= s.first()) {
            return false;
        }
        Token t = d.token(b);
        return words.is(t, WordClass.PREP) || t.is("than") || t.is("before") || t.is("after") || t.is("as");
    }

    private static boolean isLinkWord(Document d, int k, WordClass c) {
        Token t = d.token(k);
        return c == WordClass.SUB ? t.is("although") || t.is("though") || t.is("while") || t.is("whereas") || t.is("as")
                || t.is("because") || t.is("since") || t.is("when") : t.is("but") || t.is("and") || t.is("yet");
    }

    /** A source span trimmed to begin and end with a word (or number, or "47%"); null if it has none. */
    private static TokenSpan trimmedToWords(Document d, TokenSpan span) {
        if (span == null) {
            return null;
        }
        int first = span.first();
        int last = span.last();
        while (first < last && !isWordLike(d.token(first))) {
            first++;
        }
        while (last > first && !isWordLike(d.token(last - 1)) && !d.token(last - 1).isPunct(')') && !d.token(last - 1).isPunct('%')) {
            last--;
        }
        return last > first ? new TokenSpan(first, last) : null;
    }

    private static boolean isWordLike(Token t) {
        return t.isWord() || t.type() == TokenType.NUMBER;
    }

    /**
     * 'Sam Lau said in a statement. "There are no paper ballots to recount."': a reporting verb that ends its
     * sentence with nothing reported, before a quotation opening the next sentence, reports that quotation.
     */
    private TokenSpan quoteInNextSentence(Document d, Sentence s, Cue cue, Placement p) {
        boolean colon = colonEndsParagraph(d, s, p.groupEnd());
        if (cue.kind() != CueKind.VERB || !cue.reports() || p.contentBefore() || s.index() + 1 >= d.sentences.size()
                || !colon && (!adverbials.onlyAdverbialsAfter(d, s, p.groupEnd())
                        || p.groupStart() > s.first() && !d.afterBreak(p.groupStart()))) {
            return null;
        }
        Sentence next = d.sentences.get(s.index() + 1);
        Quote q = d.quotes.openingAt(next.first());
        if (q == null && colon) {
            return paragraphFrom(d, next.first()); // "Hewitt writes:" and a paragraph of the words he wrote
        }
        if (q == null || q.isEmpty() || q.close() - q.open() > MAX_CONTENT) {
            return null;
        }
        return new TokenSpan(q.open(), q.close() + 1);
    }

    /**
     * "In a 1963 speech, he declared:" ending its paragraph (a few words of topic may come before the colon: "observing
     * of Trump:"): what was declared is the next paragraph.
     */
    private static boolean colonEndsParagraph(Document d, Sentence s, int groupEnd) {
        int colon = s.last() - 1;
        if (colon < groupEnd || colon - groupEnd > COLON_GAP || !d.token(colon).isPunct(':') || s.last() >= d.size()
                || !d.token(s.last()).lineStart()) {
            return false;
        }
        for (int k = groupEnd; k < colon; k++) {
            if (d.token(k).type() != TokenType.WORD) {
                return false;
            }
        }
        return true;
    }

    /** The most words between a reporting verb and the colon that ends its paragraph. */
    private static final int COLON_GAP = 4;

    /** The paragraph that starts at token {@code k}, to its last word. */
    private static TokenSpan paragraphFrom(Document d, int k) {
        int end = k + 1;
        while (end < d.size() && !d.token(end).lineStart() && end - k < MAX_CONTENT) {
            end++;
        }
        return hasWords(d, new TokenSpan(k, end)) ? new TokenSpan(k, end) : null;
    }

    /**
     * "calling Trump a fascist", "calls North Carolina her home state": a name, then a noun phrase with a determiner
     * or possessive that says what the name is called.
     */
    private boolean namedThenDescribed(Document d, TokenSpan content) {
        int k = content.first();
        while (k < content.last() && k - content.first() < MAX_TITLED_NAME && d.token(k).isWord() && d.token(k).capitalized()) {
            k++;
        }
        return k > content.first() && k + 1 < content.last()
                && (words.is(d.token(k), WordClass.DET) || words.is(d.token(k), WordClass.POSS)) && !d.token(k).capitalized();
    }

    /**
     * Whether the content of a verb that attributes only what it names ("call") says what something is called: a
     * quotation, an object with what it is called, "what officials called a hate crime", "called to ban the practice".
     */
    private boolean namesSomething(Document d, Sentence s, TokenSpan content, Placement p) {
        Token first = d.token(content.first());
        return hasQuote(d, content) || words.is(first, WordClass.OBJ) || words.is(first, WordClass.REFL)
                || namedThenDescribed(d, content) || pointedThenDescribed(d, content) || objectThenDescribed(d, content)
                || objectThenAdjective(d, content) || relativeNaming(d, s, p) || callToAct(d, content);
    }

    /** "called to ban the practice": an infinitive of what is called for; not "called to mind" or "challenges to putting". */
    private boolean callToAct(Document d, TokenSpan content) {
        if (!d.token(content.first()).is("to") || content.last() - content.first() < 3) {
            return false;
        }
        Token verb = d.token(content.first() + 1);
        return verb.isWord() && !verb.capitalized() && !words.isFunctionWord(verb) && !verb.is("mind")
                && !verb.lower().endsWith("ing") && !verb.lower().endsWith("s") && verb.lower().indexOf('-') < 0;
    }

    /** "what he calls corruption", "a bill that critics called anti-gay": the thing named is the relative's antecedent. */
    private static boolean relativeNaming(Document d, Sentence s, Placement p) {
        if (p.source() == null || p.source().first() <= s.first()) {
            return false;
        }
        Token before = d.token(p.source().first() - 1);
        return before.is("what") || before.is("that") || before.is("which");
    }

    /**
     * "called the actions lawful", "calls Clinton unqualified": a short object, then an adjective that ends the content
     * or a clause of it.
     */
    private boolean objectThenAdjective(Document d, TokenSpan content) {
        Token first = d.token(content.first());
        if (words.isFunctionWord(first) && !words.is(first, WordClass.DET) && !words.is(first, WordClass.POSS)) {
            return false; // "called off or went unnoticed"
        }
        int k = content.first() + 1;
        while (k < content.last() && k - content.first() <= MAX_NAME && d.token(k).isWord()) {
            Token t = d.token(k);
            if (words.isFunctionWord(t) && !t.is("'s")) {
                return false;
            }
            boolean last = k + 1 == content.last() || d.token(k + 1).type() == TokenType.PUNCT;
            if (last && !t.capitalized() && isAdjectiveForm(t.lower())) {
                return true;
            }
            k++;
        }
        return false;
    }

    /** Endings of adjectives that are no nouns: "lawful", "unusual", "unqualified", "dangerous", "unpatriotic". */
    private static boolean isAdjectiveForm(String w) {
        return w.length() > 4 && (w.endsWith("ful") || w.endsWith("ous") || w.endsWith("ive") || w.endsWith("ual")
                || w.endsWith("ic") || w.endsWith("able") || w.endsWith("ible") || w.endsWith("less")
                || w.startsWith("un") && w.endsWith("ed"));
    }

    /**
     * "called the incident a reason to reinvest", "called his vote an irresponsible one": a short object with a
     * determiner or possessive, then "a" noun phrase that says what it is called; not "called a donor to ask".
     */
    private boolean objectThenDescribed(Document d, TokenSpan content) {
        int k = content.first();
        Token first = d.token(k);
        if (!(words.is(first, WordClass.DET) || words.is(first, WordClass.POSS)) || first.is("a") || first.is("an")) {
            return false;
        }
        k++;
        while (k < content.last() && k - content.first() <= MAX_NAME && d.token(k).isWord() && !words.isFunctionWord(d.token(k))) {
            k++;
        }
        return k > content.first() + 1 && k + 1 < content.last() && (d.token(k).is("a") || d.token(k).is("an"));
    }

    /** "call it the nerd prom", "calls this a false narrative": "it" or a demonstrative, then what it is called. */
    private static boolean pointedThenDescribed(Document d, TokenSpan content) {
        Token first = d.token(content.first());
        if (content.last() - content.first() < 3 || !(first.is("it") || first.is("this") || first.is("that"))) {
            return false;
        }
        Token next = d.token(content.first() + 1);
        return next.is("a") || next.is("an") || next.is("the");
    }

    /** The most words of a name read as the object of "call". */
    private static final int MAX_NAME = 4;

    /** The most capitalised words of a name with its title: "Senate Majority Leader Mitch McConnell". */
    private static final int MAX_TITLED_NAME = 6;

    /**
     * Whether a content opens as speech: "that", a quotation, a colon, or a personal pronoun that starts a clause
     * ("adding he intended to", "added they would"), which no object of the verb's other senses begins with.
     */
    private boolean opensSpeech(Document d, TokenSpan content) {
        Token t = d.token(content.first());
        return t.is("that") || t.type() == TokenType.QUOTE || t.isPunct(':') || d.quotes.around(content.first()) != null
                || words.is(t, WordClass.PRON) && !t.is("it") && !t.is("there") && content.last() - content.first() > 2;
    }

    /** Whether a span holds a quotation mark, or a pair of single ones ("calls Trump's remarks 'troubling'"). */
    private static boolean hasQuote(Document d, TokenSpan span) {
        int singles = 0;
        for (int i = span.first(); i < span.last(); i++) {
            TokenType type = d.token(i).type();
            singles += type == TokenType.SINGLE_QUOTE ? 1 : 0;
            if (type == TokenType.QUOTE || singles == 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWords(Document d, TokenSpan span) {
        for (int i = span.first(); i < span.last(); i++) {
            if (d.token(i).isWord() || d.token(i).type() == TokenType.NUMBER) {
                return true;
            }
        }
        return false;
    }
}
