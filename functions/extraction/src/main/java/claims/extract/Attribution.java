package claims.extract;

/**
 * A cue with the source and content found for it, as token spans.
 *
 * @param cue     the cue
 * @param source  the words naming the source, or null for none (hedges, "it was reported that")
 * @param content the content's tokens (possibly over several sentences, for a quotation)
 * @param relay   for "Yonhap cited the minister": the relaying source (Yonhap), the source being the minister;
 *                otherwise null
 */
record Attribution(Cue cue, TokenSpan source, TokenSpan content, TokenSpan relay) {
}
