package claims.extract;

/**
 * Who made a claim.
 *
 * @param name    the canonical name within the article: the fullest name it gives ("Alexander Lukashenko"),
 *                whatever the mention at the cue ("He", "Lukashenko")
 * @param role    a role or title the article gives the claimant ("Belarusian President"), or null
 * @param mention the words at the cue that refer to the claimant
 */
public record Claimant(String name, String role, Span mention) {
}
