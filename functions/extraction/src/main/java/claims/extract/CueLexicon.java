package claims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written cue lexicons: verbs (cue-verbs.txt), phrases (cue-phrases.txt), nouns (cue-nouns.txt) and
 * hedges (hedges.txt), with every verb inflected so that matching a token is one map look-up.
 */
final class CueLexicon {

    /** One inflected form of a cue verb or the first word of a cue phrase. */
    record Form(CueEntry entry, EnumSet<Inflection> inflections) {
    }

    private static final List<Form> NO_FORMS = List.of();

    private final Map<String, List<Form>> verbs = new HashMap<>();
    private final Map<String, List<Form>> phrases = new HashMap<>();
    private final Map<String, CueEntry> nouns = new HashMap<>();
    private final Set<String> hedgeAdverbs = new HashSet<>();
    private final Set<String> hedgeModifiers = new HashSet<>();
    private final Set<String> hedgeModals = new HashSet<>();
    private final Set<String> raising = new HashSet<>();
    private final Set<String> seeming = new HashSet<>();
    private final Set<String> lightVerbs = new HashSet<>();
    private final Set<String> receivingVerbs = new HashSet<>();

    CueLexicon(Inflector inflector) {
        for (String[] f : Lexicon.fields("cue-verbs.txt")) {
            CueEntry entry = CueEntry.parse(f[0], new String[0], Arrays.copyOfRange(f, 1, f.length));
            inflector.forms(f[0]).forEach((form, inf) -> verbs.computeIfAbsent(form, k -> new ArrayList<>()).add(new Form(entry, inf)));
        }
        for (String line : Lexicon.lines("cue-phrases.txt")) {
            // the words of the phrase, then its tags: tags are the known tag words at the end of the line
            List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            List<String> tags = new ArrayList<>();
            while (words.size() > 2 && CueTag.isTag(words.get(words.size() - 1))) {
                tags.add(0, words.remove(words.size() - 1));
            }
            CueEntry entry = CueEntry.parse(String.join(" ", words), words.subList(1, words.size()).toArray(new String[0]),
                    tags.toArray(new String[0]));
            Map<String, EnumSet<Inflection>> forms = words.get(0).equals("be") ? beForms() : inflector.forms(words.get(0));
            forms.forEach((form, inf) -> phrases.computeIfAbsent(form, k -> new ArrayList<>()).add(new Form(entry, inf)));
        }
        for (List<Form> list : phrases.values()) {
            list.sort((a, b) -> Integer.compare(b.entry().rest().length, a.entry().rest().length));
        }
        for (String[] f : Lexicon.fields("cue-nouns.txt")) {
            CueEntry entry = CueEntry.parse(f[0], new String[0], Arrays.copyOfRange(f, 1, f.length));
            nouns.putIfAbsent(f[0], entry);
            nouns.putIfAbsent(Inflector.third(f[0]), entry);
        }
        for (String lemma : Lexicon.lines("light-verbs.txt")) {
            lightVerbs.addAll(inflector.forms(lemma).keySet());
        }
        for (String lemma : Lexicon.lines("receiving-verbs.txt")) {
            receivingVerbs.addAll(inflector.forms(lemma).keySet());
        }
        for (String[] f : Lexicon.fields("hedges.txt")) {
            switch (f[1]) {
                case "adverb" -> hedgeAdverbs.add(f[0]);
                case "modifier" -> hedgeModifiers.add(f[0]);
                case "modal" -> hedgeModals.add(f[0]);
                case "raising" -> raising.add(f[0]);
                case "seeming" -> inflector.forms(f[0]).forEach((form, inf) -> {
                    if (!inf.contains(Inflection.GERUND)) {
                        seeming.add(form);
                    }
                });
                default -> throw new IllegalArgumentException("unknown hedge kind " + f[1]);
            }
        }
    }

    private static Map<String, EnumSet<Inflection>> beForms() {
        Map<String, EnumSet<Inflection>> m = new HashMap<>();
        for (String w : List.of("be", "am", "is", "are", "'s", "'re", "'m")) {
            m.put(w, EnumSet.of(Inflection.BASE, Inflection.THIRD));
        }
        for (String w : List.of("was", "were")) {
            m.put(w, EnumSet.of(Inflection.PAST));
        }
        m.put("been", EnumSet.of(Inflection.PARTICIPLE));
        m.put("being", EnumSet.of(Inflection.GERUND));
        return m;
    }

    /** The cue verbs that {@code word} (lower case) is a form of. */
    List<Form> verb(String word) {
        return verbs.getOrDefault(word, NO_FORMS);
    }

    /**
     * Whether the word is a past or present form of a speech verb that may follow its quotation and come before
     * its subject ("said", "asks"): used to keep '"Why?" Lichtman asked.' in one sentence.
     */
    boolean isSpeechForm(String word) {
        for (Form f : verb(word)) {
            if (f.entry().inverts() && (f.inflections().contains(Inflection.PAST) || f.inflections().contains(Inflection.THIRD))) {
                return true;
            }
        }
        return false;
    }

    /** The cue phrases whose first word {@code word} can be, longest first. */
    List<Form> phrasesStartingWith(String word) {
        return phrases.getOrDefault(word, NO_FORMS);
    }

    /** The cue noun {@code word} (singular or plural) is, or null. */
    CueEntry noun(String word) {
        return nouns.get(word);
    }

    boolean isHedgeAdverb(String word) {
        return hedgeAdverbs.contains(word);
    }

    boolean isHedgeModifier(String word) {
        return hedgeModifiers.contains(word);
    }

    boolean isHedgeModal(String word) {
        return hedgeModals.contains(word);
    }

    /** A participle that hedges after "be": "are expected to", "is said to". */
    boolean isRaising(String word) {
        return raising.contains(word);
    }

    /** A form of a verb that makes a cue of a cue noun: "voiced (support)", "expressed (concern)". */
    boolean isLightVerb(String word) {
        return lightVerbs.contains(word);
    }

    /** A form of a verb whose subject receives a cue noun: "drew (criticism from)", "won (praise from)". */
    boolean isReceivingVerb(String word) {
        return receivingVerbs.contains(word);
    }

    /** A form of a verb that hedges its subject's claim: "seems to", "appeared", "looks like". */
    boolean isSeeming(String word) {
        return seeming.contains(word);
    }
}
