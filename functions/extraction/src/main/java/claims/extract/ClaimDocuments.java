package claims.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape of a claim, as plain maps and lists, shared by the API and the extract command so that
 * both write exactly the same thing.
 */
public final class ClaimDocuments {

    static final int MAX_SENTENCE_CHARS = 2_000;
    private static final int CONTEXT_CHARS = 500;

    private ClaimDocuments() {
    }

    /**
     * The documents of an article's claims, in the given order, each with a stable id: the article id and a
     * digest of the claim's words, so the same article always gives the same ids and an edit elsewhere in
     * the article leaves them alone.
     */
    public static List<Map<String, Object>> of(String articleId, List<Claim> claims) {
        List<Map<String, Object>> out = new ArrayList<>(claims.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Claim claim : claims) {
            String digest = digest(claim);
            int n = seen.merge(digest, 1, Integer::sum);
            out.add(of(articleId + ":" + (n == 1 ? digest : digest + "-" + n), articleId, claim));
        }
        return out;
    }

    static Map<String, Object> of(String id, String articleId, Claim claim) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("article", articleId);
        doc.put("text", claim.content().text());
        doc.put("content", span(claim.content()));
        doc.put("cue", claim.cue() == null ? null : span(claim.cue()));
        doc.put("claimant", claimant(claim.claimant()));
        doc.put("stance", claim.stance().name().toLowerCase(Locale.ROOT));
        doc.put("form", claim.form().name().toLowerCase(Locale.ROOT));
        doc.put("hedges", claim.hedges());
        doc.put("via", claim.via());
        doc.put("about", claim.about().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("type", e.type());
            return m;
        }).toList());
        doc.put("quantities", claim.quantities().stream().map(q -> {
            Map<String, Object> m = span(q.span());
            m.put("value", q.value());
            m.put("unit", q.unit());
            return m;
        }).toList());
        doc.put("sentence", sentence(claim));
        return doc;
    }

    /**
     * The claim's sentence; one over {@link #MAX_SENTENCE_CHARS} characters (a page without full stops) is
     * cut to the content and some context either side, marked with an ellipsis, to keep a claim's size bounded.
     */
    static String sentence(Claim claim) {
        Span sentence = claim.sentence();
        if (sentence.text().length() <= MAX_SENTENCE_CHARS) {
            return sentence.text();
        }
        int from = Math.max(sentence.begin(), claim.content().begin() - CONTEXT_CHARS);
        int to = Math.min(sentence.end(), Math.max(claim.content().end(), from) + CONTEXT_CHARS);
        String cut = sentence.text().substring(from - sentence.begin(), to - sentence.begin());
        return (from > sentence.begin() ? "\u2026" : "") + cut + (to < sentence.end() ? "\u2026" : "");
    }

    private static Map<String, Object> claimant(Claimant claimant) {
        if (claimant == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", claimant.name());
        m.put("role", claimant.role());
        m.put("mention", claimant.mention() == null ? null : span(claimant.mention()));
        return m;
    }

    private static Map<String, Object> span(Span span) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", span.text());
        m.put("begin", span.begin());
        m.put("end", span.end());
        return m;
    }

    private static String digest(Claim claim) {
        String key = claim.content().text() + '\u0000' + (claim.cue() == null ? "" : claim.cue().text()) + '\u0000'
                + (claim.claimant() == null || claim.claimant().mention() == null ? "" : claim.claimant().mention().text());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
