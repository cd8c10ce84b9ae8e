package claims.store;

import static claims.store.Keys.GPK;
import static claims.store.Keys.PK;
import static claims.store.Keys.POS;
import static claims.store.Keys.SK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The lookup side of the store: every lookup is one GetItem or a Query, never a Scan. */
public final class ClaimReader {

    public static final int MAX_LIMIT = 100;
    /** How many Query requests one page may take, so a page's work stays bounded whatever it skips. */
    private static final int MAX_QUERIES = 10;
    private static final List<String> ARTICLE_FIELDS = List.of("status", "reason", "title", "url", "published",
            "outlet", "format", "characters", "claimCount", "ingestedAt", "updatedAt");

    private final DynamoDbClient db;
    private final String table;

    public ClaimReader(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
    }

    /** An article's record: status, failure reason, metadata and claim count; empty if unknown or removed. */
    public Optional<Map<String, Object>> article(String articleId) {
        requireArticleId(articleId);
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName(table)
                .key(key(Keys.article(articleId), Keys.META))).item();
        if (item == null || item.isEmpty() || "removed".equals(item.get("status").s())) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", articleId);
        out.put("key", item.get("objectKey").s());
        for (String field : ARTICLE_FIELDS) {
            AttributeValue v = item.get(field);
            out.put(field, v == null ? null : v.n() != null ? (Object) Long.valueOf(v.n()) : v.s());
        }
        return Optional.of(out);
    }

    /** A claim by its id; empty if there is none. */
    public Optional<Map<String, Object>> claim(String claimId) {
        String articleId = Keys.articleOf(claimId);
        String digest = Keys.digest(claimId);
        if (!ArticleIds.isWellFormed(articleId) || !digest.matches("[0-9a-f]{1,16}(-\\d+)?")) {
            throw new BadRequestException("'" + claimId + "' is not a claim id; ids look like {article id}:{digest}");
        }
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName(table)
                .key(key(Keys.article(articleId), Keys.CLAIM + digest))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(doc(item));
    }

    /** An article's claims in the order they appear; empty if the article is unknown. */
    public Optional<Page> articleClaims(String articleId, int limit, String cursor) {
        if (article(articleId).isEmpty()) {
            return Optional.empty();
        }
        String pk = Keys.article(articleId);
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(Keys.BY_POSITION)
                .keyConditionExpression("gpk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)));
        Cursors.Expected expected = new Cursors.Expected(Map.of(PK, pk, GPK, pk), Set.of(SK, POS), Keys.CLAIM);
        return Optional.of(page(q, limit, Cursors.decode(cursor, expected), item -> true, List.of(PK, SK, GPK, POS),
                ClaimReader::doc));
    }

    /** Claims whose claimant goes by this name, in any of its forms. */
    public Page byClaimant(String name, int limit, String cursor) {
        return postings(Keys.claimant(nameKey(name, "claimant")), limit, cursor);
    }

    /** Claims that name this person, organisation, place or topic. */
    public Page about(String name, int limit, String cursor) {
        return postings(Keys.about(nameKey(name, "about")), limit, cursor);
    }

    /**
     * Claimants whose name, or surname, starts with {@code prefix}, in alphabetical order of the name that
     * matches, with how many claims and articles they have.
     */
    public Page claimants(String prefix, int limit, String cursor) {
        String start = nameKey(prefix, "prefix");
        String pk = Keys.names(start);
        QueryRequest.Builder q = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix", AttributeValue.fromS(start)));
        Cursors.Expected expected = new Cursors.Expected(Map.of(PK, pk), Set.of(SK), start);
        return page(q, limit, Cursors.decode(cursor, expected), row -> {
            String sk = row.get(SK).s();
            int join = sk.indexOf(Keys.JOIN);
            String nameKey = sk.substring(0, join);
            String fullKey = sk.substring(join + 1);
            // a surname whose full name matches too is listed under the full name
            boolean listedUnderFullName = !nameKey.equals(fullKey) && fullKey.startsWith(start);
            return !listedUnderFullName && Long.parseLong(row.get("claims").n()) > 0;
        }, List.of(PK, SK), row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", row.get("name").s());
            m.put("claims", Long.parseLong(row.get("claims").n()));
            m.put("articles", Long.parseLong(row.get("articles").n()));
            return m;
        });
    }

    private Page postings(String pk, int limit, String cursor) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)));
        return page(q, limit, Cursors.decode(cursor, new Cursors.Expected(Map.of(PK, pk), Set.of(SK), "")),
                item -> true, List.of(PK, SK), ClaimReader::doc);
    }

    /**
     * Up to {@code limit} items of a query that {@code keep} keeps, reading one more to know whether there
     * is a next page, in at most {@link #MAX_QUERIES} requests.
     */
    private Page page(QueryRequest.Builder query, int limit, Map<String, AttributeValue> start,
                      Predicate<Map<String, AttributeValue>> keep, List<String> keyAttributes,
                      java.util.function.Function<Map<String, AttributeValue>, Map<String, Object>> shape) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> last = null;
        for (int requests = 0; requests < MAX_QUERIES && items.size() <= limit; requests++) {
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = db.query(query.limit(limit + 1 - items.size()).build());
            for (Map<String, AttributeValue> item : response.items()) {
                if (items.size() <= limit && keep.test(item)) {
                    items.add(item);
                }
                if (items.size() <= limit) {
                    last = item;
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            if (start == null) {
                break;
            }
        }
        String next = null;
        if (items.size() > limit) {
            // continue after the last item returned
            next = Cursors.encode(keyOf(items.get(limit - 1), keyAttributes));
            items = items.subList(0, limit);
        } else if (start != null && last != null) {
            // the request budget ran out before the page filled: continue after the last item read
            next = Cursors.encode(keyOf(last, keyAttributes));
        }
        return new Page(items.stream().map(shape).toList(), next);
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, List<String> attributes) {
        Map<String, AttributeValue> key = new HashMap<>();
        attributes.forEach(a -> key.put(a, item.get(a)));
        return key;
    }

    private static void requireArticleId(String articleId) {
        if (!ArticleIds.isWellFormed(articleId)) {
            throw new BadRequestException("'" + articleId + "' is not an article id; ids use letters, digits,"
                    + " '.', '_', '-' and '~'");
        }
    }

    private static String nameKey(String name, String parameter) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            throw new BadRequestException(parameter + " must contain at least one letter or digit");
        }
        return key;
    }

    private static Map<String, Object> doc(Map<String, AttributeValue> item) {
        return Documents.read(item.get("doc").s());
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
