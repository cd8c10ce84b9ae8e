package claims.extract;

/**
 * Where a cue's source is and on which side of the cue its content lies.
 *
 * @param source        the source's tokens, or null
 * @param relay         the relaying source for citing verbs, or null
 * @param groupStart    first token of the cue and its source together
 * @param groupEnd      one past the last token of the cue and its source together
 * @param contentBefore whether the content comes before them ('"...," she said'), not after
 */
record Placement(TokenSpan source, TokenSpan relay, int groupStart, int groupEnd, boolean contentBefore) {
}
