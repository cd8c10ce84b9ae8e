package claims.extract;

import java.util.Set;

/**
 * Finds who speaks before a colon: 'Lukashenko: "It's nonsense"', 'Former AG Mukasey at RNC: Clinton email
 * scandal disqualifies her', 'Q: How did things go?', '... - Mark Blumenthal and Jon Cohen: "Although ..."', 'More
 * from Jones: "..."', and in a title-case headline the name that opens it ('Obama To Asians Worried About U.S.
 * Election: It's Going To Be OK'). Page labels ("Editor's note:", "Contributing:"), section labels ("One conclusion:"),
 * lists of names and handles or links after the colon are no speech. Also finds a verb of any kind before a colon
 * and a quotation ('he demurred: "..."').
 */
final class ColonSpeakers {

    /** the most words a speaker before a colon may have */
    private static final int MAX_SPEAKER = 7;
    /** the most words between a verb and the colon before a quotation ("issued the following statement:") */
    private static final int MAX_VERB_GAP = 5;
    /** how many names in a row after a colon make a list of names ("Iowa: Ann Lee, Bo Dean, Cy Young, ...") */
    private static final int LIST_ITEMS = 3;
    /** the most words of a name in such a list */
    private static final int MAX_LIST_ITEM = 3;

    private final FunctionWords words;
    private final NounPhrases phrases;
    private final Set<String> pageLabels;
    /** the entry of "say", which a verb before a colon and a quotation reads as */
    private final CueEntry say;

    ColonSpeakers(FunctionWords words, NounPhrases phrases, CueLexicon lexicon) {
        this.words = words;
        this.phrases = phrases;
        this.pageLabels = Set.copyOf(Lexicon.lines("page-labels.txt"));
        this.say = sayEntry(lexicon);
    }

    /** The speaker of the colon at {@code colon}, or null if it introduces no one's words. */
    TokenSpan speaker(Document d, Sentence s, int colon) {
        if (colon == s.first() || colon + 1 >= s.last() || isLinkScheme(d.token(colon - 1)) || !wordsFollow(d, s, colon)) {
            return null;
        }
        // the speaker starts the sentence or follows a dash with a space on one side: "... - Philip Bump: "...",
        // "... all along -More from Jones: "..."
        int start = s.first();
        for (int k = colon - 1; k > s.first() && colon - k <= MAX_SPEAKER; k--) {
            if (d.token(k).type() == TokenType.DASH && !(d.glued(k - 1) && d.glued(k))) {
                start = k + 1;
                break;
            }
        }
        int speaker = afterLeadIn(d, start, colon);
        boolean finding = speaker > start && isFindingPhrase(d, speaker, colon);
        if (colon - speaker <= MAX_SPEAKER && (finding || isSpeaker(d, speaker, colon)) && !opensList(d, s, colon)) {
            return new TokenSpan(speaker, colon);
        }
        // a title-case headline: the name that opens it
        int end = start;
        while (end < colon && d.token(end).capitalized() && !words.isFunctionWord(d.token(end))) {
            end++;
        }
        if (end > start && end < colon && (d.token(end).is("on") || d.token(end).is("to") || d.token(end).is("On")
                || d.token(end).is("To")) && isSpeaker(d, start, end)) {
            return new TokenSpan(start, end);
        }
        return null;
    }

    /**
     * Where the speaker starts after words that only hand over to them: "More from Jones:", "From the report:",
     * "Here's Obama:".
     */
    private static int afterLeadIn(Document d, int start, int colon) {
        int k = start;
        if (k + 1 < colon && d.token(k).is("more") && d.token(k + 1).is("from")) {
            k++;
        }
        if (k + 1 < colon && d.token(k).is("from")) {
            return k + 1;
        }
        boolean here = k + 2 < colon && d.token(k).is("here") && (d.token(k + 1).is("'s") || d.token(k + 1).is("is"));
        return here ? k + 2 : start;
    }

    /** "the report" after a lead-in ("More from the report:"): a finding speaks without a name. */
    private boolean isFindingPhrase(Document d, int start, int end) {
        return end - start == 2 && words.is(d.token(start), WordClass.DET) && words.isFinding(d.token(start + 1));
    }

    /**
     * A short noun phrase with a name in it, not a page label and not a determiner's phrase: "Judicial Watch",
     * "Clinton camp", "Q"; not "Editor's note", "One conclusion".
     */
    private boolean isSpeaker(Document d, int start, int end) {
        if (end <= start || phrases.startBefore(d, end, start) != start || isPageLabel(d, start, end)) {
            return false;
        }
        Token first = d.token(start);
        if (words.is(first, WordClass.DET) || first.is("one")) {
            return false; // "One notable trend: ...", "Another problem for Sanders: ..."
        }
        boolean named = false;
        for (int k = start; k < end; k++) {
            Token t = d.token(k);
            named |= t.capitalized() && !words.isFunctionWord(t);
        }
        return named;
    }

    /**
     * A page label opens the phrase ("Watch:", "More:", "Full text:") or follows a possessive ("Editor's note:"); later
     * in a name it is part of the name ("Judicial Watch", "WSJ editorial").
     */
    private boolean isPageLabel(Document d, int start, int end) {
        for (int k = start; k < end; k++) {
            if (pageLabels.contains(d.token(k).lower()) && (k == start || d.token(k - 1).is("'s"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of names after the colon, not words: "New Hampshire: Charlie Arlinghaus, Arnie Arnesen, Rich Ashooh".
     */
    private static boolean opensList(Document d, Sentence s, int colon) {
        int items = 0;
        int length = 0;
        for (int k = colon + 1; k < s.last() && items < LIST_ITEMS; k++) {
            Token t = d.token(k);
            if (t.isPunct(',') && length > 0) {
                items++;
                length = 0;
            } else if (t.capitalized() && ++length <= MAX_LIST_ITEM) {
                continue;
            } else {
                return false;
            }
        }
        return items >= LIST_ITEMS;
    }

    /**
     * The cue of a verb shortly before the colon at {@code colon} when a quotation follows it, else null: 'Trump leaned
     * in and boomed: "Let's win"', 'she went on: "..."', 'Clinton issued the following statement:' and the quotation
     * in the next paragraph. A verb of any kind reads as one of speech there. The cue takes in the colon, except where
     * the colon ends its paragraph: then the quotation is found as after "said:" ending one. The cue has the entry of
     * "say": it reports, and asserts.
     */
    Cue verbBeforeQuotation(Document d, Sentence s, int colon) {
        if (colon - 1 <= s.first() || colon + 1 >= d.size() || d.quotes.openingAt(colon + 1) == null) {
            return null;
        }
        for (int k = colon - 1; k > s.first() && colon - k <= MAX_VERB_GAP; k--) {
            Token t = d.token(k);
            if (words.isPastForm(t)) {
                if (words.is(d.token(k - 1), WordClass.BE)) {
                    return null; // a passive has no speaker for a subject: "her enthusiasm is recorded in detail:"
                }
                int end = colon + 1 < s.last() ? colon + 1 : colon;
                return new Cue(CueKind.VERB, new TokenSpan(k, end), k, say);
            }
            if (!t.isWord() || t.capitalized()) {
                return null; // the verb's object is a few plain words ("the following statement"), not a name or a clause
            }
        }
        return null;
    }

    /** The lexicon's entry of "say". */
    private static CueEntry sayEntry(CueLexicon lexicon) {
        for (CueLexicon.Form f : lexicon.verb("said")) {
            if (f.entry().lemma().equals("say")) {
                return f.entry();
            }
        }
        return null;
    }

    /** "http" before the colon of a link ("Set it to music http://on.wsj.com/..."). */
    private static boolean isLinkScheme(Token t) {
        return t.is("http") || t.is("https");
    }

    /** Words after the colon, and no handle or link among the first of them. */
    private static boolean wordsFollow(Document d, Sentence s, int colon) {
        int count = 0;
        for (int k = colon + 1; k < s.last() && count < 2 && k - colon <= 8; k++) {
            Token t = d.token(k);
            if (t.text().startsWith("@") || t.text().startsWith("http") || t.text().startsWith("www")) {
                return false;
            }
            count += t.isWord() ? 1 : 0;
        }
        return count >= 2;
    }
}
