package claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a headline in title case ("Berg Just Vowed To Never Raise Taxes", "Lee Says Taxes Will Fall, Calls Plan
 * 'Fair'") as it would be written in a sentence: its function words, cue verbs and hedge adverbs get a lower-case
 * first letter, so that they are no longer taken for parts of a name ("Berg Just Vowed") and the verb group and its
 * infinitive read as in running text. Other capitalised words stay as written: they are the names the source is found
 * among. Only the tokens' text changes: offsets, lower-case forms and sentences stay as they are.
 */
final class Headlines {

    private final CueLexicon lexicon;
    private final FunctionWords words;

    Headlines(CueLexicon lexicon, FunctionWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /** {@code d} with its title-case sentences read in sentence case, or {@code d} itself when it has none. */
    Document view(Document d) {
        List<Token> tokens = null;
        for (Sentence s : d.sentences) {
            if (!isTitleCase(d, s)) {
                continue;
            }
            for (int k = s.first() + 1; k < s.last(); k++) {
                Token t = d.token(k);
                if (isCommonWord(t)) {
                    if (tokens == null) {
                        tokens = new ArrayList<>(d.tokens);
                    }
                    tokens.set(k, decapitalized(t));
                }
            }
        }
        return tokens == null ? d : new Document(d.text, tokens, d.sentences, d.quotes);
    }

    /** A headline in title case ("Trump Says He Will Win"): its capitals say nothing about names. */
    static boolean isTitleCase(Document d, Sentence s) {
        int count = 0;
        int capitals = 0;
        for (int k = s.first(); k < s.last(); k++) {
            Token t = d.token(k);
            if (t.isWord() && t.text().length() > 3) {
                count++;
                capitals += t.capitalized() ? 1 : 0;
            }
        }
        return count >= 3 && capitals * 10 >= count * 8;
    }

    /** A capitalised word that running text writes in lower case: "Of", "Will", "Vowed", "Reportedly". */
    private boolean isCommonWord(Token t) {
        if (!t.capitalized() || t.allCaps()) {
            return false;
        }
        String w = t.lower();
        return words.isFunctionWord(t) || !lexicon.verb(w).isEmpty() || !lexicon.phrasesStartingWith(w).isEmpty()
                || lexicon.isHedgeAdverb(w);
    }

    /** The token as running text writes it: "Vowed" as "vowed" (the capital is one letter, "U.S." is never read here). */
    private static Token decapitalized(Token t) {
        int first = Character.charCount(t.text().codePointAt(0));
        String text = t.text().substring(0, first).toLowerCase(Locale.ROOT) + t.text().substring(first);
        return new Token(t.index(), t.begin(), t.end(), text, t.lower(), t.type(), t.lineStart());
    }
}
