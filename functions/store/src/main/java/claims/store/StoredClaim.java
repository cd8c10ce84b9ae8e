package claims.store;

import java.util.List;
import java.util.Map;

/**
 * A claim as the store keeps it.
 *
 * @param id        "{articleId}:{digest}"
 * @param position  where its content begins in the article's text
 * @param claimant  the claimant's canonical name, or null
 * @param mentions  how the article refers to the claimant at the cue ("He", "Belarusian President ...")
 * @param about     names of what the claim is about
 * @param document  the claim as the API returns it
 */
public record StoredClaim(String id, int position, String claimant, List<String> mentions, List<String> about,
                          Map<String, Object> document) {

    public StoredClaim {
        if (id == null || id.lastIndexOf(':') <= 0) {
            throw new IllegalArgumentException("a claim id is {articleId}:{digest}, not " + id);
        }
        mentions = List.copyOf(mentions);
        about = List.copyOf(about);
        // keeps the document's order and its nulls (a claim without a cue has "cue": null)
        document = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(document));
    }
}
