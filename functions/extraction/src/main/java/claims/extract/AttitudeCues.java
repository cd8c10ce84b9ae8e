package claims.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds an adjective of attitude after a copula ("is confident that", "are deeply skeptical of", "has been critical
 * of", "'s also supportive of"): a cue from the verb group to the preposition, with the subject as source and the
 * noun phrase or "that" clause after it as content (attitude-adjectives.txt).
 */
final class AttitudeCues {

    /** Verbs that link a subject to an adjective besides "be": "feels confident", "grew increasingly angry at". */
    private static final Set<String> COPULAS = Set.of("feel", "feels", "felt", "feeling", "seem", "seems", "seemed",
            "appear", "appears", "appeared", "remain", "remains", "remained", "become", "becomes", "became", "becoming",
            "grow", "grows", "grew", "grown", "growing", "get", "gets", "got", "getting", "sound", "sounds", "sounded");

    /** Degree words between the copula and the adjective: "more confident", "so proud", "less concerned". */
    private static final Set<String> DEGREES = Set.of("more", "less", "most", "least", "very", "so", "too", "quite",
            "rather", "pretty", "all", "as", "somewhat", "increasingly", "particularly", "especially");

    /** Prepositions that open what the attitude is about: "critical of", "angry at", "confident in". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "about", "in", "at", "by", "with", "over", "to", "on", "for");

    /** Adjectives whose infinitive is what the subject wants: "is eager to prove that ...", "was keen to stress". */
    private static final Set<String> WANTING = Set.of("eager", "keen");

    private final Map<String, CueEntry> adjectives = new HashMap<>();
    private final FunctionWords words;

    AttitudeCues(FunctionWords words) {
        this.words = words;
        for (String[] f : Lexicon.fields("attitude-adjectives.txt")) {
            adjectives.put(f[0], CueEntry.parse(f[0], new String[0], Arrays.copyOfRange(f, 1, f.length)));
        }
    }

    /** The cue of the attitude adjective at {@code i}, or null if it is none or no copula comes before it. */
    Cue at(Document d, Sentence s, int i, List<Cue> before) {
        CueEntry entry = adjectives.get(d.token(i).lower());
        if (entry == null || i + 1 >= s.last()) {
            return null;
        }
        Token next = d.token(i + 1);
        int end;
        if (next.is("that") || next.is("to") && WANTING.contains(d.token(i).lower()) && isVerbAt(d, s, i + 2)) {
            end = i + 1; // "is eager to prove": the infinitive starts the content
        } else if (PREPOSITIONS.contains(next.lower()) && i + 2 < s.last() && !(next.is("to") && isVerbAt(d, s, i + 2))) {
            end = i + 2; // "critical of", not "eager to see"
        } else {
            return null;
        }
        int start = groupStart(d, s, i);
        if (start < 0 || !before.isEmpty() && before.get(before.size() - 1).last() > start) {
            return null;
        }
        return new Cue(CueKind.VERB, new TokenSpan(start, end), i, entry);
    }

    /** Whether the word at {@code k} reads as a verb after "to": "eager to see", not "critical to the plan". */
    private boolean isVerbAt(Document d, Sentence s, int k) {
        if (k >= s.last()) {
            return false;
        }
        Token t = d.token(k);
        return t.isWord() && !words.isFunctionWord(t) && !t.capitalized() && !t.lower().endsWith("s");
    }

    /** The first token of the verb group that links a subject to the adjective at {@code i}; -1 without a copula. */
    private int groupStart(Document d, Sentence s, int i) {
        int a = i - 1;
        while (a >= s.first() && i - a <= VerbCues.VERB_GROUP && isModifier(d.token(a))) {
            a--;
        }
        if (a < s.first() || !(words.is(d.token(a), WordClass.BE) || words.isAuxiliaryAt(d, a) && d.token(a).is("'s")
                || COPULAS.contains(d.token(a).lower()))) {
            return -1;
        }
        int start = a;
        for (int k = a - 1; k >= s.first() && a - k <= VerbCues.VERB_GROUP; k--) {
            Token t = d.token(k);
            if (words.isAuxiliaryAt(d, k) || words.isAdverb(t) && !t.capitalized() || t.is("to")) {
                start = k; // "has been", "will not be", "is starting to feel": part of the group
            } else {
                break;
            }
        }
        return start;
    }

    private boolean isModifier(Token t) {
        return t.isWord() && !t.capitalized() && (words.isAdverb(t) || DEGREES.contains(t.lower()));
    }
}
