package claims.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Abbreviations that keep their final period (abbreviations.txt). */
final class Abbreviations {

    /** lower-case abbreviations written in lower case too ("etc.", "e.g."); the others must be capitalised */
    private static final Set<String> LOWER_CASE_USE = Set.of("etc", "vs", "v", "e.g", "i.e", "approx", "al", "cf");

    private final Set<String> all = new HashSet<>();
    private final Set<String> titles = new HashSet<>();

    Abbreviations() {
        for (String[] f : Lexicon.fields("abbreviations.txt")) {
            all.add(f[0]);
            if (f.length > 1 && f[1].equals("title")) {
                titles.add(f[0]);
            }
        }
    }

    /**
     * Whether {@code word}, written just before a period, is an abbreviation that takes the period:
     * listed ones, dotted acronyms ("U.S") and single capital initials ("F").
     */
    boolean takesPeriod(String word, char next) {
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0)) || word.equals("v"); // "Roe v. Wade"
        }
        if (word.indexOf('.') > 0) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("no") || lower.equals("nos")) {
            // "No. 1", not "he said no."
            return Character.isUpperCase(word.charAt(0)) && Character.isDigit(next);
        }
        if (!all.contains(lower)) {
            return false;
        }
        return Character.isUpperCase(word.charAt(0)) || LOWER_CASE_USE.contains(lower);
    }

    /** Whether the abbreviation (with or without its period) comes before a name and never ends a sentence. */
    boolean isTitle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return titles.contains(lower);
    }
}
