package claims.store;

import static claims.store.Keys.PK;
import static claims.store.Keys.POS;
import static claims.store.Keys.SK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The lookup side of the store: every lookup is one GetItem or a Query, never a Scan. */
public final class ClaimReader {

    public static final int MAX_LIMIT = 100;
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
        if (!ArticleIds.isWellFormed(articleId)) {
            return Optional.empty();
        }
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
            out.put(field, v == null ? null : ItemCodec.fromAttribute(v));
        }
        return Optional.of(out);
    }

    /** A claim by its id; empty if there is none. */
    public Optional<Map<String, Object>> claim(String claimId) {
        String articleId = Keys.articleOf(claimId);
        String digest = Keys.digest(claimId);
        if (!ArticleIds.isWellFormed(articleId) || digest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName(table)
                .key(key(Keys.article(articleId), Keys.CLAIM + digest))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(doc(item));
    }

    /** An article's claims in the order they appear; empty if the article is unknown. */
    public Optional<Page> articleClaims(String articleId, int limit, String cursor) {
        if (cursor == null && article(articleId).isEmpty()) {
            return Optional.empty();
        }
        String pk = Keys.article(articleId);
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(Keys.BY_POSITION)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)));
        return Optional.of(page(q, pk, limit, cursor, List.of(PK, SK, POS)));
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
     * Claimants whose name, or surname, starts with {@code prefix}, with how many claims and articles they have,
     * in alphabetical order of the matching name.
     */
    public Page claimants(String prefix, int limit, String cursor) {
        String start = nameKey(prefix, "prefix");
        String pk = Keys.names(start);
        Map<String, AttributeValue> from = Cursors.decode(cursor, pk);
        Map<String, Map<String, long[]>> groups = new LinkedHashMap<>();
        boolean more = false;
        reading:
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).limit(200)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk),
                            ":prefix", AttributeValue.fromS(start)));
            if (from != null) {
                q.exclusiveStartKey(from);
            }
            QueryResponse page = db.query(q.build());
            for (Map<String, AttributeValue> row : page.items()) {
                String sk = row.get(SK).s();
                String nameKey = sk.substring(0, sk.indexOf('#'));
                if (!nameKey.equals(row.get("nameKey").s()) && row.get("nameKey").s().startsWith(start)) {
                    continue; // a surname row whose full name matches too, and is listed under it
                }
                if (!groups.containsKey(nameKey) && groups.size() == limit) {
                    more = true;
                    break reading;
                }
                long[] counts = groups.computeIfAbsent(nameKey, k -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("name").s(), k -> new long[2]);
                counts[0] += Long.parseLong(row.get("claims").n());
                counts[1]++;
            }
            from = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (from != null);

        List<Map<String, Object>> items = new ArrayList<>();
        groups.forEach((nameKey, byName) -> byName.forEach((name, counts) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("claims", counts[0]);
            m.put("articles", counts[1]);
            items.add(m);
        }));
        String next = null;
        if (more) {
            String last = (String) groups.keySet().toArray()[groups.size() - 1];
            // past every row of the last name: rows are "{name key}#{article id}#...", and article ids use
            // no character above '~'
            next = Cursors.encode(key(pk, last + "#\u007f"));
        }
        return new Page(items, next);
    }

    private Page postings(String pk, int limit, String cursor) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)));
        return page(q, pk, limit, cursor, List.of(PK, SK));
    }

    /** Up to {@code limit} items of a query, reading one more to know whether there is a next page. */
    private Page page(QueryRequest.Builder query, String pk, int limit, String cursor, List<String> keyAttributes) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        Map<String, AttributeValue> start = Cursors.decode(cursor, pk);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        do {
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = db.query(query.limit(limit + 1 - items.size()).build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && items.size() <= limit);
        String next = null;
        if (items.size() > limit) {
            Map<String, AttributeValue> lastItem = items.get(limit - 1);
            Map<String, AttributeValue> last = new HashMap<>();
            keyAttributes.forEach(a -> last.put(a, lastItem.get(a)));
            next = Cursors.encode(last);
            items = items.subList(0, limit);
        }
        return new Page(items.stream().map(ClaimReader::doc).toList(), next);
    }

    private static String nameKey(String name, String parameter) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            throw new BadRequestException(parameter + " must contain at least one letter or digit");
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> doc(Map<String, AttributeValue> item) {
        return (Map<String, Object>) ItemCodec.fromAttribute(item.get("doc"));
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }
}
