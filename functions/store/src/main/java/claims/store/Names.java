package claims.store;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name keys: the form in which names are stored and looked up, so that a lookup finds a claimant by any form
 * of its name, whatever the case, accents, full stops or a leading "the" ("the U.S." and "US" are one key).
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "del",
            "la", "le", "bin", "al", "el", "ibn", "ben", "dos", "das", "ter");
    private static final Set<String> NOT_A_PERSON = Set.of("agency", "ministry", "government", "council",
            "party", "department", "news", "university", "union", "court", "house", "committee", "office",
            "organization", "organisation", "association", "institute", "foundation", "company", "corporation",
            "bank", "army", "police", "forces", "group", "times", "post", "journal", "press", "network", "service",
            "commission", "parliament", "senate", "congress", "assembly", "administration", "campaign", "states",
            "nations", "republic", "kingdom", "federation", "people", "officials", "experts", "sources");

    private Names() {
    }

    /** Past this, a key is cut and a digest of the rest appended: DynamoDB keys are bounded, names aren't. */
    // a name row's sort key holds two keys, at most 3 bytes a character: within DynamoDB's 1,024 bytes
    static final int MAX_KEY_CHARS = 100;

    /** The key of a name or a query for one; empty when nothing of a name is left. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String key = normalise(name);
        if (key.length() <= MAX_KEY_CHARS) {
            return key;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return key.substring(0, MAX_KEY_CHARS - 9) + " " + java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "");
        s = SEPARATORS.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /**
     * The keys a claimant is found under: its canonical name, a person's surname ("Alexander Lukashenko" is
     * also "lukashenko"), and the mentions that contain the name ("Belarusian President Alexander
     * Lukashenko"), but not bare references like "He" or "the agency" that would match everyone's claims.
     */
    public static Set<String> claimantKeys(String canonical, List<String> mentions) {
        Set<String> keys = new LinkedHashSet<>(nameKeys(canonical));
        String full = key(canonical);
        for (String mention : mentions) {
            String k = key(mention);
            if (!full.isEmpty() && (" " + k + " ").contains(" " + full + " ")) {
                keys.add(k);
            }
        }
        keys.remove("");
        return keys;
    }

    /** The keys a name is listed under in the claimant index: the whole name and, for a person, the surname. */
    public static Set<String> nameKeys(String canonical) {
        Set<String> keys = new LinkedHashSet<>();
        String full = key(canonical);
        if (full.isEmpty()) {
            return keys;
        }
        keys.add(full);
        String surname = surname(canonical);
        if (surname != null) {
            keys.add(surname);
        }
        return keys;
    }

    /** A person's surname key, or null when the name doesn't look like a person's. */
    static String surname(String canonical) {
        String[] words = canonical.trim().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        int start = words.length - 1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.contains("'") || w.contains("\u2019") || NOT_A_PERSON.contains(lower)) {
                return null;
            }
            if (PARTICLES.contains(lower) && i > 0 && i < words.length - 1) {
                start = Math.min(start, i);
            } else if (!Character.isUpperCase(w.codePointAt(0))) {
                return null;
            }
        }
        String surname = key(String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)));
        return surname.length() > 1 ? surname : null;
    }
}
