package claims.extract;

/**
 * Words that attribute content to a source.
 *
 * @param kind  the construction
 * @param span  the cue's tokens, with auxiliaries and adverbs of its verb group ("has also said")
 * @param head  the token of the cue's main word
 * @param entry the lexicon entry, or null for kinds without one (colon, dash, according to, hedges)
 */
record Cue(CueKind kind, TokenSpan span, int head, CueEntry entry) {

    int first() {
        return span.first();
    }

    int last() {
        return span.last();
    }

    /** Whether the content may stand before the cue. */
    boolean reports() {
        return entry != null && entry.report();
    }

    /** Whether the cue reports speech ("said", "called"), not a belief, wish or stance ("knew", "wants"). */
    boolean reportsSpeech() {
        return reports() && !entry.has(CueTag.MIND);
    }

    Cue withSpan(TokenSpan s) {
        return new Cue(kind, s, head, entry);
    }
}
