package claims.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Common first names with the sex they mostly go with (first-names.txt), so that "she" is not resolved to "Bernie". */
final class FirstNames {

    private final Map<String, Character> sex = new HashMap<>();

    FirstNames() {
        for (String[] f : Lexicon.fields("first-names.txt")) {
            sex.put(f[0].toLowerCase(Locale.ROOT), f[1].charAt(0));
        }
    }

    /** 'f', 'm', or 0 when the name is not listed. */
    char sexOf(String firstName) {
        Character c = sex.get(firstName.toLowerCase(Locale.ROOT));
        return c == null ? 0 : c;
    }
}
