package claims.extract;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Makes the inflected forms of English verbs: by rule for regular verbs (with both the plain and the doubled
 * final consonant, "admitted", since a form that never occurs costs nothing), and from irregular-verbs.txt.
 */
final class Inflector {

    private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

    private final Map<String, String[]> irregular = new HashMap<>();

    Inflector() {
        for (String[] f : Lexicon.fields("irregular-verbs.txt")) {
            irregular.put(f[0], new String[] {f[1], f[2]});
        }
    }

    /** Each form of {@code lemma} with the inflections it can stand for. */
    Map<String, EnumSet<Inflection>> forms(String lemma) {
        Map<String, EnumSet<Inflection>> out = new LinkedHashMap<>();
        put(out, lemma, Inflection.BASE);
        put(out, third(lemma), Inflection.THIRD);
        for (String ing : gerunds(lemma)) {
            put(out, ing, Inflection.GERUND);
        }
        String[] irr = irregular.get(lemma);
        if (irr != null) {
            put(out, irr[0], Inflection.PAST);
            put(out, irr[1], Inflection.PARTICIPLE);
        }
        // regular forms too: some irregular verbs have them ("learned", "forecasted"); the others never occur
        for (String ed : pasts(lemma)) {
            put(out, ed, Inflection.PAST);
            put(out, ed, Inflection.PARTICIPLE);
        }
        return out;
    }

    private static void put(Map<String, EnumSet<Inflection>> out, String form, Inflection inflection) {
        out.computeIfAbsent(form, k -> EnumSet.noneOf(Inflection.class)).add(inflection);
    }

    static String third(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh") || v.endsWith("o")) {
            return v + "es";
        }
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    private static String[] pasts(String v) {
        if (v.endsWith("e")) {
            return new String[] {v + "d"};
        }
        if (consonantY(v)) {
            return new String[] {v.substring(0, v.length() - 1) + "ied"};
        }
        if (endsConsonantVowelConsonant(v)) {
            return new String[] {v + "ed", v + v.charAt(v.length() - 1) + "ed"};
        }
        return new String[] {v + "ed"};
    }

    private static String[] gerunds(String v) {
        if (v.endsWith("ie")) {
            return new String[] {v.substring(0, v.length() - 2) + "ying"};
        }
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
            return new String[] {v.substring(0, v.length() - 1) + "ing"};
        }
        if (endsConsonantVowelConsonant(v)) {
            return new String[] {v + "ing", v + v.charAt(v.length() - 1) + "ing"};
        }
        return new String[] {v + "ing"};
    }

    private static boolean consonantY(String v) {
        return v.length() > 1 && v.endsWith("y") && !VOWELS.contains(v.charAt(v.length() - 2));
    }

    private static boolean endsConsonantVowelConsonant(String v) {
        int n = v.length();
        if (n < 3) {
            return false;
        }
        char a = v.charAt(n - 3);
        char b = v.charAt(n - 2);
        char c = v.charAt(n - 1);
        return !VOWELS.contains(a) && VOWELS.contains(b) && !VOWELS.contains(c) && c != 'w' && c != 'x' && c != 'y';
    }
}
