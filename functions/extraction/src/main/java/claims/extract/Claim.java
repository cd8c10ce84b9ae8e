package claims.extract;

import java.util.List;

/**
 * One claim found in an article.
 *
 * @param content    what was claimed
 * @param cue        the words that attribute it ("said", "according to"), or null for a hedged, unattributed claim
 * @param claimant   who claimed it, or null where nobody is named
 * @param stance     what the claimant does with the content
 * @param form       direct quote, reported speech, or both
 * @param sentence   the sentence (or sentences, for a quote that spans several) the claim is in
 * @param hedges     hedging words around the claim ("reportedly", "allegedly", "may")
 * @param via        the chain of sources that relay the claim, outermost first ("Yonhap" for
 *                   "Yonhap cited the minister ..."); empty when the claimant is reported directly
 * @param about      people, organisations, places and topics the claim names
 * @param quantities quantities the claim states
 */
public record Claim(Span content, Span cue, Claimant claimant, Stance stance, Form form, Span sentence,
                    List<String> hedges, List<String> via, List<Entity> about, List<Quantity> quantities) {

    public Claim {
        hedges = List.copyOf(hedges);
        via = List.copyOf(via);
        about = List.copyOf(about);
        quantities = List.copyOf(quantities);
    }
}
