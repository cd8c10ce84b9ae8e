package claims.extract;

import java.util.Locale;

/** The tags a cue lexicon entry may carry (see the header of cue-verbs.txt). */
enum CueTag {
    /** the content may stand before the cue ('"...," she said') */
    REPORT,
    /** the cue may stand before its subject ('"...," said the minister') */
    INVERTS,
    /** the first object is the addressee ("told reporters that") */
    LISTENER,
    /** the object is the original source and the subject relays it ("cited the minister") */
    CITE,
    /** the cue attributes only when its content holds a quotation ("called the plan 'a disgrace'") */
    QUOTED,
    /** the word is also a common noun: its base and -s forms need a subject-like word before them */
    NOUN,
    /** the verb attributes only as "see X as Y" */
    AS,
    /** the verb attributes only as "compare X to Y", not in "compared with 41 percent" */
    TO,
    /** the verb attributes only with a quotation, a colon, "that", or its content before it ("he continued") */
    SPEECH,
    /** a belief, wish, finding or stance rather than a speech act: inside someone's reported words it is theirs */
    MIND,
    /** the source denies the content */
    DENY,
    /** the source doubts the content */
    DOUBT,
    /** the source presents the content as a worry */
    CONCERN;

    static CueTag of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    static boolean isTag(String word) {
        for (CueTag t : values()) {
            if (t.name().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
