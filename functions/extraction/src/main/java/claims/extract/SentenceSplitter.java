package claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits tokens into sentences. A line break always ends a sentence (headlines, paragraphs); otherwise a
 * sentence ends at . ! ? or an ellipsis, with any closing quotation marks and brackets after it, when the
 * next token starts a sentence: a capital, a digit or an opening mark ('"Why?" he asked' goes on).
 * An abbreviation's period ("Mr.", "U.S.", "Jan.") ends a sentence only when a word that commonly starts one
 * follows ("... in the U.S. The talks ..."), and a title's ("Gen.") never does.
 */
final class SentenceSplitter {

    /** Capitalised words after an abbreviation that show a new sentence has begun. */
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "this", "that", "these", "those", "there", "but", "and", "so", "yet", "however", "in", "on", "at",
            "for", "if", "when", "while", "after", "before", "his", "her", "their", "its", "our", "my", "some",
            "many", "most", "no", "as", "since", "although", "though", "still", "meanwhile", "what", "who", "why",
            "how", "one", "both", "all", "each", "also", "then", "not", "even");

    private final Abbreviations abbreviations;
    private final Predicate<String> speechVerb;

    /**
     * @param speechVerb whether a lower-case word is a speech verb like "said": after '"Why?"' a name and such a
     *                   verb go on with the sentence ('"Why?" Lichtman asked.')
     */
    SentenceSplitter(Abbreviations abbreviations, Predicate<String> speechVerb) {
        this.abbreviations = abbreviations;
        this.speechVerb = speechVerb;
    }

    List<Sentence> split(List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int start = 0;
        int i = 0;
        while (i < n) {
            int next = i + 1;
            boolean boundary;
            Token t = tokens.get(i);
            if (endsSentence(t)) {
                // closing quotes and brackets belong to the sentence they close
                while (next < n && !tokens.get(next).lineStart() && isCloser(tokens, next)) {
                    next++;
                }
                boundary = next >= n || tokens.get(next).lineStart() || startsSentence(t, tokens.get(next))
                        && !(next > i + 1 && !t.text().equals(".") && attributionFollows(tokens, next));
            } else {
                boundary = next >= n || tokens.get(next).lineStart();
            }
            if (boundary) {
                out.add(new Sentence(out.size(), start, next, tokens.get(start).begin(), tokens.get(next - 1).end()));
                start = next;
            }
            i = next;
        }
        return out;
    }

    private boolean endsSentence(Token t) {
        if (t.type() == TokenType.PUNCT) {
            String s = t.text();
            return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…") || s.startsWith("..");
        }
        return t.type() == TokenType.WORD && t.text().endsWith(".") && t.text().length() > 1;
    }

    private boolean startsSentence(Token end, Token next) {
        boolean abbreviation = end.type() == TokenType.WORD;
        if (abbreviation) {
            if (abbreviations.isTitle(end.text()) || (end.text().length() == 2 && Character.isUpperCase(end.text().charAt(0)))) {
                return false;
            }
            return next.type() == TokenType.QUOTE || (next.capitalized() && STARTERS.contains(next.lower()));
        }
        if (next.type() == TokenType.QUOTE || next.type() == TokenType.SINGLE_QUOTE || next.type() == TokenType.DASH) {
            return true;
        }
        if (next.type() == TokenType.NUMBER) {
            return true;
        }
        if (next.type() == TokenType.PUNCT) {
            return next.text().equals("(") || next.text().equals("[");
        }
        int cp = next.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || (!Character.isLowerCase(cp) && Character.isLetter(cp))
                || next.text().startsWith("@") || next.text().startsWith("#");
    }

    /** Whether a name and a speech verb follow: 'Lichtman asked', 'Sen. John Smith said'. */
    private boolean attributionFollows(List<Token> tokens, int k) {
        for (int m = k; m < tokens.size() && m - k < 5; m++) {
            Token t = tokens.get(m);
            if (m > k && t.isWord() && speechVerb.test(t.lower())) {
                return true;
            }
            if (!t.capitalized() && !(m > k && t.is("'s"))) {
                return false;
            }
        }
        return false;
    }

    /** A closing quotation mark or bracket right after the sentence's end mark. */
    private static boolean isCloser(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() == TokenType.PUNCT) {
            return t.text().equals(")") || t.text().equals("]");
        }
        if (t.type() != TokenType.QUOTE && t.type() != TokenType.SINGLE_QUOTE) {
            return false;
        }
        // a quotation mark glued to the period closes; one after a space opens the next sentence
        return tokens.get(i - 1).end() == t.begin();
    }
}
