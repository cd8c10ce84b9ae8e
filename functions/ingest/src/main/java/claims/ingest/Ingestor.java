package claims.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import claims.article.Article;
import claims.article.ArticleParser;
import claims.article.UnreadableArticleException;
import claims.extract.Claim;
import claims.extract.ClaimDocuments;
import claims.extract.ClaimExtractor;
import claims.extract.Entity;
import claims.store.ArticleIds;
import claims.store.ArticleMeta;
import claims.store.ClaimWriter;
import claims.store.Lease;
import claims.store.StoredClaim;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Applies one S3 event to the store: reads the article, extracts its claims and stores them, or removes
 * them. An article that can't be read is stored as failed with the reason, and the event counts as done:
 * retrying can't make it readable. Errors of S3 and DynamoDB propagate, so that Lambda retries the event.
 */
public final class Ingestor {

    /** More claims than any news article has; past it, the rest are left out so one write stays bounded. */
    static final int MAX_CLAIMS = 2_000;
    /**
     * Longer than any real claim; what the extractor might make of a page without punctuation, and more than
     * a DynamoDB item would hold with its copies.
     */
    static final int MAX_CLAIM_CHARS = 10_000;

    private final ArticleSource source;
    private final ArticleParser parser;
    private final ClaimExtractor extractor;
    private final ClaimWriter writer;
    private final Consumer<String> log;

    public Ingestor(ArticleSource source, ArticleParser parser, ClaimExtractor extractor, ClaimWriter writer,
                    Consumer<String> log) {
        this.source = source;
        this.parser = parser;
        this.extractor = extractor;
        this.writer = writer;
        this.log = log;
    }

    public Outcome apply(ObjectEvent event) {
        String articleId = ArticleIds.of(event.key());
        Optional<Lease> acquired = writer.acquire(articleId, event.key(), event.sequencer());
        if (acquired.isEmpty()) {
            return new Outcome(articleId, Outcome.Result.SKIPPED, "the store already has this version or a newer one");
        }
        Lease lease = acquired.get();
        try {
            return apply(lease, event);
        } catch (AwsServiceException e) {
            if (!isPermanent(e)) {
                throw released(lease, e);
            }
            // a value or request AWS will never accept, or an object it won't let us read: retrying can't help
            return fail(lease, ArticleMeta.NONE, "can't be read or stored: " + e.awsErrorDetails().errorMessage());
        } catch (RuntimeException e) {
            throw released(lease, e);
        }
    }

    private Outcome apply(Lease lease, ObjectEvent event) {
        // a removal of one version in a versioned bucket may leave the object there (or bring an older one back)
        if (event.removed() && !source.exists(event.bucket(), event.key())) {
            writer.remove(lease);
            return new Outcome(lease.articleId(), Outcome.Result.REMOVED, "object removed");
        }
        if (event.size() > ArticleParser.MAX_BYTES) {
            return fail(lease, ArticleMeta.NONE, ArticleParser.tooLarge(event.size()));
        }
        Optional<byte[]> content;
        try {
            content = source.read(event.bucket(), event.key(), event.removed() ? null : event.versionId(),
                    ArticleParser.MAX_BYTES);
        } catch (ArticleSource.ArticleTooLargeException e) {
            return fail(lease, ArticleMeta.NONE, ArticleParser.tooLarge(e.size()));
        }
        if (content.isEmpty()) {
            // removed since the event was sent
            writer.remove(lease);
            return new Outcome(lease.articleId(), Outcome.Result.REMOVED, "the object no longer exists");
        }
        Article article;
        List<Claim> claims;
        try {
            article = parser.parse(event.key(), content.get());
        } catch (UnreadableArticleException e) {
            return fail(lease, ArticleMeta.NONE, e.getMessage());
        }
        ArticleMeta meta = new ArticleMeta(article.title(), article.url(), article.published(), article.outlet(),
                article.format(), article.text().length());
        try {
            claims = extractor.extract(article.text());
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of ours, not of the article; recorded so it can be seen and the article re-sent once fixed
            log.accept("claim extraction failed on " + event.key() + ": " + e);
            return fail(lease, meta, "claim extraction failed: " + e);
        }
        int found = claims.size();
        claims = claims.stream().filter(c -> c.content().end() - c.content().begin() <= MAX_CLAIM_CHARS).toList();
        if (claims.size() < found) {
            log.accept(event.key() + ": left out " + (found - claims.size()) + " claims of over " + MAX_CLAIM_CHARS
                    + " characters");
        }
        if (claims.size() > MAX_CLAIMS) {
            log.accept(event.key() + ": " + claims.size() + " claims; storing the first " + MAX_CLAIMS);
            claims = claims.subList(0, MAX_CLAIMS);
        }
        writer.publish(lease, meta, stored(lease.articleId(), claims));
        return new Outcome(lease.articleId(), Outcome.Result.INGESTED,
                claims.size() + (claims.size() == 1 ? " claim" : " claims"));
    }

    /** An error of a request that would fail again: a client error other than throttling or a lost race. */
    static boolean isPermanent(AwsServiceException e) {
        return e.statusCode() >= 400 && e.statusCode() < 500 && !e.isThrottlingException()
                && !(e instanceof ConditionalCheckFailedException) && !(e instanceof TransactionCanceledException);
    }

    /** Lets the retry in at once, and leaves the reason where the API shows it. */
    private RuntimeException released(Lease lease, RuntimeException e) {
        writer.release(lease, "the last attempt failed and will be retried: " + e.getMessage());
        return e;
    }

    private Outcome fail(Lease lease, ArticleMeta meta, String reason) {
        writer.fail(lease, meta, reason);
        return new Outcome(lease.articleId(), Outcome.Result.FAILED, reason);
    }

    static List<StoredClaim> stored(String articleId, List<Claim> claims) {
        List<Map<String, Object>> documents = ClaimDocuments.of(articleId, claims);
        List<StoredClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Map<String, Object> doc = documents.get(i);
            String claimant = claim.claimant() == null ? null : claim.claimant().name();
            List<String> mentions = claim.claimant() == null || claim.claimant().mention() == null ? List.of()
                    : List.of(claim.claimant().mention().text());
            out.add(new StoredClaim((String) doc.get("id"), claim.content().begin(), claimant, mentions,
                    claim.about().stream().map(Entity::name).toList(), doc));
        }
        return out;
    }
}
