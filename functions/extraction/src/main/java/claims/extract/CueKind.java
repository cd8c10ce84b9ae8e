package claims.extract;

/** The construction a cue stands in; it decides where its source and content are looked for. */
enum CueKind {
    /** a finite verb group with its subject as source: "X (has also) said ..." or "..., said X" */
    VERB,
    /** a participle clause sharing the source of its main clause: "..., adding that ..." */
    PARTICIPLE,
    /** a passive verb group: the source, if any, is the by-phrase ("was reported by X") */
    PASSIVE,
    /** "according to X", or a sentence-opening "in" before a poll or survey ("In a CBS News poll, ..."): names the source */
    ACCORDING_TO,
    /** a colon after a name: 'Lukashenko: "It's nonsense"' */
    COLON,
    /** a dash after a quotation, before its speaker's name: '"..." ― Pamela Padilla' */
    DASH,
    /** a noun: "the agency's claim that ...", "his support for ..." */
    NOUN,
    /** a hedging adverb with no source: "troops reportedly left" */
    HEDGE_ADVERB,
    /** a hedging verb group taking the claim's subject: "troops are expected to leave", "it seems to work" */
    HEDGE_RAISING;

    /** Whether the construction names no source: a hedge. */
    boolean unattributed() {
        return this == HEDGE_ADVERB || this == HEDGE_RAISING;
    }
}
