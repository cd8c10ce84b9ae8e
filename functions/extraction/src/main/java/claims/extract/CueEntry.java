package claims.extract;

import java.util.EnumSet;
import java.util.Set;

/**
 * A lexicon entry for a cue word or phrase.
 *
 * @param lemma the verb or noun lemma ("say", "point out", "claim")
 * @param rest  the words that must follow the first one, for a phrase ("out"); empty for one word
 * @param tags  what the lexicon says of it (see {@link CueTag})
 */
record CueEntry(String lemma, String[] rest, Set<CueTag> tags) {

    static CueEntry parse(String lemma, String[] rest, String[] tags) {
        EnumSet<CueTag> set = EnumSet.noneOf(CueTag.class);
        for (String tag : tags) {
            if (!CueTag.isTag(tag)) {
                throw new IllegalArgumentException("unknown cue tag '" + tag + "' for " + lemma);
            }
            set.add(CueTag.of(tag));
        }
        return new CueEntry(lemma, rest, set);
    }

    boolean report() {
        return tags.contains(CueTag.REPORT);
    }

    boolean inverts() {
        return tags.contains(CueTag.INVERTS);
    }

    boolean listener() {
        return tags.contains(CueTag.LISTENER);
    }

    boolean cite() {
        return tags.contains(CueTag.CITE);
    }

    boolean quoted() {
        return tags.contains(CueTag.QUOTED);
    }

    boolean has(CueTag tag) {
        return tags.contains(tag);
    }

    /** What the source does with the content, by the lexicon; assert unless tagged deny, doubt or concern. */
    Stance stance() {
        if (tags.contains(CueTag.DENY)) {
            return Stance.DENY;
        }
        if (tags.contains(CueTag.DOUBT)) {
            return Stance.DOUBT;
        }
        return tags.contains(CueTag.CONCERN) ? Stance.CONCERN : Stance.ASSERT;
    }
}
