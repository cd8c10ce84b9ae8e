package claims.extract;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The closed-class words of English with their classes (function-words.txt), and tests built on them. */
final class FunctionWords {

    private static final Set<WordClass> NONE = Set.of();
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
            "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    /** words in -ly that are not adverbs */
    private static final Set<String> NOT_ADVERBS = Set.of("early", "family", "ally", "rally", "daily", "supply", "reply",
            "only", "holy", "belly", "jelly", "bully", "assembly", "anomaly", "monopoly", "homily", "folly", "weekly",
            "monthly", "yearly", "likely", "unlikely", "friendly", "elderly", "lonely", "lovely", "ugly", "costly",
            "deadly", "orderly", "fly", "apply", "imply", "comply", "multiply", "rely", "italy", "july", "sly", "wily",
            "curly", "hourly", "quarterly", "timely", "manly", "kindly", "silly", "chilly", "hilly", "burly", "surly");

    private final Map<String, Set<WordClass>> classes = new HashMap<>();
    /**
     * past tenses and participles of irregular verbs (irregular-verbs.txt), but for those spelled like their base
     * form, which are as often nouns or presents ("broadcast", "set", "put")
     */
    private final Set<String> irregularPastForms = new HashSet<>();
    /** nouns of polls, a narrower kind of finding: "in a CNN poll", "a survey last week found" */
    private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys");

    /** nouns of findings that speak for themselves: "poll", "survey", "study" (evidence-nouns.txt) */
    private final Set<String> findings = Set.copyOf(Lexicon.lines("evidence-nouns.txt"));

    FunctionWords() {
        for (String[] f : Lexicon.fields("irregular-verbs.txt")) {
            for (int i = 1; i < f.length; i++) {
                if (!f[i].equals(f[0])) {
                    irregularPastForms.add(f[i]);
                }
            }
        }
        Map<String, EnumSet<WordClass>> read = new HashMap<>();
        for (String[] f : Lexicon.fields("function-words.txt")) {
            read.computeIfAbsent(f[0], k -> EnumSet.noneOf(WordClass.class)).add(WordClass.valueOf(f[1]));
        }
        // read-only: one instance serves every thread
        read.forEach((word, set) -> classes.put(word, Collections.unmodifiableSet(set)));
    }

    Set<WordClass> of(Token t) {
        return t.type() == TokenType.WORD ? classes.getOrDefault(t.lower(), NONE) : NONE;
    }

    boolean is(Token t, WordClass c) {
        return t.type() == TokenType.WORD && classes.getOrDefault(t.lower(), NONE).contains(c);
    }

    /** A lower-case word that reads as a past tense or participle: "released", "emerged", "took", "drawn". */
    boolean isPastForm(Token t) {
        return isRegularPast(t) || t.isWord() && !t.capitalized() && irregularPastForms.contains(t.lower());
    }

    /** A lower-case word of five letters or more in "-ed": "released", "emerged" (not "red", "shed"). */
    boolean isRegularPast(Token t) {
        return t.isWord() && !t.capitalized() && t.lower().endsWith("ed") && t.text().length() > 4;
    }

    /** A noun of a poll: "poll", "surveys" (a narrower kind of finding). */
    static boolean isPoll(Token t) {
        return POLLS.contains(t.lower());
    }

    /** A noun of a finding that speaks for itself: "a new poll showing", "the survey found". */
    boolean isFinding(Token t) {
        return t.isWord() && findings.contains(t.lower());
    }

    /** Whether the word is a function word of any class. */
    boolean isFunctionWord(Token t) {
        return t.type() == TokenType.WORD && classes.containsKey(t.lower());
    }

    /** Whether a cue's verb group has an auxiliary before its verb: "has said", "would argue"; not "also said". */
    boolean hasAuxiliary(Document d, Cue cue) {
        for (int k = cue.first(); k < cue.head(); k++) {
            if (isAuxiliary(d.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** The first word of a cue's verb group past its adverbs: "has" in "also has said", "offering" in "often offering". */
    int firstVerb(Document d, Cue cue) {
        int k = cue.first();
        while (k < cue.head() && isAdverb(d.token(k))) {
            k++;
        }
        return k;
    }

    /** An auxiliary or modal verb: be, have, do, will, would, ...; not "'s", which is most often a possessive. */
    boolean isAuxiliary(Token t) {
        if (t.is("'s")) {
            return false;
        }
        Set<WordClass> c = of(t);
        return c.contains(WordClass.BE) || c.contains(WordClass.HAVE) || c.contains(WordClass.DO) || c.contains(WordClass.MODAL);
    }

    /** An auxiliary at {@code i}, where "'s" counts as "is" or "has" after a pronoun ("he's said", "it's"). */
    boolean isAuxiliaryAt(Document d, int i) {
        Token t = d.token(i);
        if (!t.is("'s")) {
            return isAuxiliary(t);
        }
        if (i == 0) {
            return false;
        }
        Token p = d.token(i - 1);
        return is(p, WordClass.PRON) || p.is("that") || p.is("who") || p.is("what") || p.is("there") || p.is("here")
                || p.is("where") || p.is("how");
    }

    /** An adverb that may stand inside a verb group ("has also said", "flatly denied"). */
    boolean isAdverb(Token t) {
        if (t.type() != TokenType.WORD) {
            return false;
        }
        Set<WordClass> c = of(t);
        if (c.contains(WordClass.ADV) || c.contains(WordClass.NEG)) {
            return true;
        }
        String w = t.lower();
        return c.isEmpty() && w.length() > 4 && w.endsWith("ly") && !t.capitalized() && !NOT_ADVERBS.contains(w);
    }

    /** A word that modifies a time word: "last week", "this month", "on Tuesday", "earlier this year". */
    boolean isTimeModifier(Token t) {
        return t.is("last") || t.is("this") || t.is("next") || t.is("early") || t.is("earlier") || t.is("late")
                || t.is("later") || t.is("on");
    }

    /** A word of a time expression: weekdays, months, "today", "last", "week". */
    boolean isTime(Token t) {
        return is(t, WordClass.TIME) || MONTHS.contains(t.lower());
    }

    /**
     * Where the text starts past a dateline at {@code k} that ends at a dash: "WASHINGTON, Dec. 8 (UPI) — ...", "New
     * York (AFP) – ...", "BUENA PARK, Calif. - ..."; {@code k} if there is none (or nothing follows it before {@code limit}).
     */
    int afterDateline(Document d, int k, int limit) {
        boolean agency = false;
        for (int m = k; m < limit && m - k < 12; m++) {
            Token t = d.token(m);
            if (t.type() == TokenType.DASH) {
                boolean dateline = agency || d.token(k).allCaps() && d.token(k).text().length() > 1;
                return m > k && m + 1 < limit && dateline ? m + 1 : k;
            }
            agency |= t.isPunct('(');
            if (!(t.isWord() && (t.capitalized() || isTime(t)) || t.type() == TokenType.NUMBER || t.isPunct(',') || t.isPunct('.')
                    || t.isPunct('(') || t.isPunct(')'))) {
                return k;
            }
        }
        return k;
    }

    /**
     * Where a time phrase before {@code k} starts: "prompted Sanders in 2011 to", "led many last year to", "and on Monday
     * announced"; else {@code k}.
     */
    int timeBefore(Document d, Sentence s, int k) {
        int m = k;
        boolean time = false;
        while (m - 1 > s.first() && k - m < 4) {
            Token t = d.token(m - 1);
            boolean year = t.type() == TokenType.NUMBER && t.text().length() == 4;
            if (!(isTime(t) || isTimeModifier(t) || year)) {
                break;
            }
            time = true;
            m--;
        }
        if (time && m - 1 > s.first() && (d.token(m - 1).is("in") || d.token(m - 1).is("on") || d.token(m - 1).is("at"))) {
            m--;
        }
        return time ? m : k;
    }
}
