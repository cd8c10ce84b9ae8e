package claims.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of things: places and the words for their people (places.txt), role and title words (titles.txt),
 * words that mark organisations (organisation-words.txt).
 */
final class Gazetteer {

    private final Map<String, String> places = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> organisationWords = new HashSet<>();
    private final Map<String, Set<String>> descriptionMarkers = new HashMap<>();

    Gazetteer() {
        for (String line : Lexicon.lines("places.txt")) {
            String[] parts = line.split("\\|");
            String name = parts[0].strip();
            addPlace(name, name);
            if (parts.length > 1) {
                for (String alias : parts[1].split(",")) {
                    addPlace(alias.strip(), name);
                }
            }
        }
        titles.addAll(Lexicon.lines("titles.txt"));
        organisationWords.addAll(Lexicon.lines("organisation-words.txt"));
        for (String line : Lexicon.lines("description-heads.txt")) {
            int colon = line.indexOf(':');
            descriptionMarkers.put(line.substring(0, colon).strip(), Set.of(line.substring(colon + 1).strip().split("\\s+")));
        }
    }

    /**
     * The words that mark the names of the kind of organisation a description's noun stands for ("newspaper": times,
     * post, herald, ...), or an empty set.
     */
    Set<String> markersOf(String descriptionNoun) {
        return descriptionMarkers.getOrDefault(descriptionNoun, Set.of());
    }

    private void addPlace(String alias, String name) {
        String key = alias.toLowerCase(Locale.ROOT);
        places.putIfAbsent(key, name);
    }

    /** The place a name or demonym stands for ("North Korean" gives "North Korea"), or null. */
    String place(String words) {
        return places.get(words.toLowerCase(Locale.ROOT));
    }

    /** A role or title word ("minister", "Sen.", "spokesperson"). */
    boolean isTitle(Token t) {
        String w = t.lower();
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return titles.contains(w);
    }

    /** A word that marks an organisation ("Council", "agency", "Times"). */
    boolean isOrganisationWord(String lower) {
        return organisationWords.contains(lower);
    }
}
