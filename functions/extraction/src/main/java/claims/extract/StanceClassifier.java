package claims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides a claim's stance: the cue's own ("denies", "questioned", "warned", "expressed concern over"), else
 * the strongest of deny, doubt, concern whose words stand in the content (stance-phrases.txt: "nonsense",
 * "do not yet know", "a very serious issue"), else assert.
 */
final class StanceClassifier {

    private record Phrase(Stance stance, String[] words, boolean atStart) {
    }

    /** phrases by their first word, so the content is read once */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    StanceClassifier(Tokenizer tokenizer) {
        for (String line : Lexicon.lines("stance-phrases.txt")) {
            int space = line.indexOf(' ');
            Stance stance = Stance.valueOf(line.substring(0, space).toUpperCase(Locale.ROOT));
            String words = line.substring(space + 1).strip();
            boolean atStart = words.startsWith("^");
            if (atStart) {
                words = words.substring(1);
            }
            String[] lowers = tokenizer.tokenize(words).stream().map(Token::lower).toArray(String[]::new);
            byFirstWord.computeIfAbsent(lowers[0], k -> new ArrayList<>()).add(new Phrase(stance, lowers, atStart));
        }
    }

    Stance classify(Document d, Cue cue, TokenSpan content) {
        if (cue.entry() != null && cue.entry().stance() != Stance.ASSERT) {
            return cue.entry().stance();
        }
        if (cue.entry() != null && cue.entry().lemma().equals("know") && negated(d, cue)) {
            // "we do not yet know"
            return Stance.DOUBT;
        }
        int first = content.first();
        while (first < content.last() && !d.token(first).isWord()) {
            first++;
        }
        Stance best = Stance.ASSERT;
        for (int k = first; k < content.last(); k++) {
            for (Phrase p : byFirstWord.getOrDefault(d.token(k).lower(), List.of())) {
                if ((!p.atStart() || k == first) && matches(d, k, content.last(), p.words()) && rank(p.stance()) > rank(best)) {
                    best = p.stance();
                }
            }
        }
        return best;
    }

    private static boolean negated(Document d, Cue cue) {
        for (int k = cue.first(); k < cue.last(); k++) {
            if (d.token(k).is("not") || d.token(k).is("n't") || d.token(k).is("never")) {
                return true;
            }
        }
        return false;
    }

    /** deny outranks doubt, which outranks concern */
    private static int rank(Stance s) {
        return switch (s) {
            case ASSERT -> 0;
            case CONCERN -> 1;
            case DOUBT -> 2;
            case DENY -> 3;
        };
    }

    private static boolean matches(Document d, int at, int end, String[] words) {
        if (at + words.length > end) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!d.token(at + i).lower().equals(words[i])) {
                return false;
            }
        }
        return true;
    }
}
