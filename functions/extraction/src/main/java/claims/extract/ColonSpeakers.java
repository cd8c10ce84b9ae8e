package claims.extract;

import java.util.Set;

/**
 * Finds who speaks before a colon: 'Lukashenko: "It's nonsense"', 'Former AG Mukasey at RNC: Clinton email
 * scandal disqualifies her', 'Q: How did things go?', '... - Mark Blumenthal and Jon Cohen: "Although ..."', and in
 * a title-case headline the name that opens it ('Obama To Asians Worried About U.S. Election: It's Going To Be OK').
 * Page labels ("Editor's note:", "Contributing:") and handles or links after the colon are no speech.
 */
final class ColonSpeakers {

    /** the most words a speaker before a colon may have */
    private static final int MAX_SPEAKER = 7;

    private final FunctionWords words;
    private final NounPhrases phrases;
    private final Set<String> pageLabels;

    ColonSpeakers(FunctionWords words, NounPhrases phrases) {
        this.words = words;
        this.phrases = phrases;
        this.pageLabels = Set.copyOf(Lexicon.lines("page-labels.txt"));
    }

    /** The speaker of the colon at {@code colon}, or null if it introduces no one's words. */
    TokenSpan speaker(Document d, Sentence s, int colon) {
        if (colon == s.first() || colon + 1 >= s.last() || !wordsFollow(d, s, colon)) {
            return null;
        }
        // the speaker starts the sentence or follows a dash: "... - Philip Bump: "..."
        int start = s.first();
        for (int k = colon - 1; k > s.first() && colon - k <= MAX_SPEAKER; k--) {
            if (d.token(k).type() == TokenType.DASH && !d.glued(k)) {
                start = k + 1;
                break;
            }
        }
        if (colon - start <= MAX_SPEAKER && isSpeaker(d, start, colon)) {
            return new TokenSpan(start, colon);
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

    /** A short noun phrase with a name in it and no page label: "Judicial Watch", "Clinton camp", "Q". */
    private boolean isSpeaker(Document d, int start, int end) {
        if (end <= start || phrases.startBefore(d, end, start) != start) {
            return false;
        }
        boolean named = false;
        for (int k = start; k < end; k++) {
            Token t = d.token(k);
            if (pageLabels.contains(t.lower())) {
                return false;
            }
            named |= t.capitalized() && !words.isFunctionWord(t);
        }
        return named;
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
