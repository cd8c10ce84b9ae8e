package claims.store;

import static claims.store.Keys.PK;
import static claims.store.Keys.SK;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The ingest side of the store. Each version of an article (one S3 event's sequencer) is written under a
 * {@link Lease}: a stale or replayed event gets none and changes nothing; a newer version waits for an older
 * one being written. A version's items are written before the previous version's leftovers are deleted, so
 * readers never see an article without claims in between, and every index item is recorded where the next
 * version will find it, so a crash part-way leaves nothing that a retry or the next version can't remove.
 */
public final class ClaimWriter {

    /** How long a removed article's tombstone stays to turn away late events for it. */
    static final Duration TOMBSTONE = Duration.ofDays(7);
    private static final String PROCESSING = "processing";

    private final DynamoDbClient db;
    private final String table;
    private final Clock clock;
    private final Duration leaseTime;
    private final Duration waitLimit;
    private final BatchWriter batch;
    private final BatchWriter.Sleeper sleeper;

    /**
     * @param leaseTime how long a lease lasts: longer than the function's timeout, so that an invocation never
     *                  outlives it
     * @param waitLimit how long to wait for an older version's lease before asking for a retry
     */
    public ClaimWriter(DynamoDbClient db, String table, Duration leaseTime, Duration waitLimit) {
        this(db, table, Clock.systemUTC(), leaseTime, waitLimit, Thread::sleep);
    }

    ClaimWriter(DynamoDbClient db, String table, Clock clock, Duration leaseTime, Duration waitLimit,
                BatchWriter.Sleeper sleeper) {
        this.db = db;
        this.table = table;
        this.clock = clock;
        this.leaseTime = leaseTime;
        this.waitLimit = waitLimit;
        this.sleeper = sleeper;
        this.batch = new BatchWriter(db, table, sleeper);
    }

    /**
     * The lease to write the version of {@code key} that {@code sequencer} names, or empty when the store
     * already has that version or a newer one (a replayed or stale event).
     *
     * @throws ArticleBusyException if an older version is still being written after the wait limit
     */
    public Optional<Lease> acquire(String articleId, String key, Sequencer sequencer) {
        Instant deadline = clock.instant().plus(waitLimit);
        while (true) {
            long now = clock.millis();
            try {
                db.updateItem(UpdateItemRequest.builder().tableName(table).key(metaKey(articleId))
                        .updateExpression("SET seq = :s, #status = :processing, lockUntil = :until, objectKey = :key,"
                                + " articleId = :id, updatedAt = :now REMOVE expiresAt")
                        .conditionExpression("attribute_not_exists(seq)"
                                + " OR (seq < :s AND (attribute_not_exists(lockUntil) OR lockUntil < :nowMillis))"
                                + " OR (seq = :s AND #status = :processing)")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(
                                ":s", AttributeValue.fromS(sequencer.value()),
                                ":processing", AttributeValue.fromS(PROCESSING),
                                ":until", AttributeValue.fromN(Long.toString(now + leaseTime.toMillis())),
                                ":nowMillis", AttributeValue.fromN(Long.toString(now)),
                                ":key", AttributeValue.fromS(key),
                                ":id", AttributeValue.fromS(articleId),
                                ":now", AttributeValue.fromS(Instant.ofEpochMilli(now).toString())))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build());
                return Optional.of(new Lease(articleId, key, sequencer));
            } catch (ConditionalCheckFailedException e) {
                Map<String, AttributeValue> held = e.hasItem() ? e.item()
                        : db.getItem(b -> b.tableName(table).key(metaKey(articleId)).consistentRead(true)).item();
                String heldSeq = held.get("seq").s();
                int order = heldSeq.compareTo(sequencer.value());
                if (order > 0 || (order == 0 && !PROCESSING.equals(held.get("status").s()))) {
                    return Optional.empty();
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new ArticleBusyException("article " + articleId + " is being written by another invocation"
                            + " (an older version); retry later");
                }
                pause();
            }
        }
    }

    /** Makes the lease's version the article: its metadata and exactly these claims. */
    public void publish(Lease lease, ArticleMeta meta, List<StoredClaim> claims) {
        Set<String> nameRows = replaceClaims(lease, claims);
        finish(lease, "ok", null, meta, claims.size(), null, nameRows);
    }

    /** Records that the lease's version can't be read, and why; the article then has no claims. */
    public void fail(Lease lease, ArticleMeta meta, String reason) {
        replaceClaims(lease, List.of());
        finish(lease, "failed", reason, meta, 0, null, Set.of());
    }

    /** Removes the article and all its claims, leaving only a tombstone that expires. */
    public void remove(Lease lease) {
        replaceClaims(lease, List.of());
        finish(lease, "removed", null, ArticleMeta.NONE, null, clock.instant().plus(TOMBSTONE).getEpochSecond(),
                Set.of());
    }

    /** Writes the new claims and their index items, then deletes whatever the previous version left. */
    private Set<String> replaceClaims(Lease lease, List<StoredClaim> claims) {
        String pk = Keys.article(lease.articleId());
        List<Map<String, AttributeValue>> claimItems = new ArrayList<>();
        List<Map<String, AttributeValue>> indexItems = new ArrayList<>();
        Set<String> keep = new LinkedHashSet<>();
        Map<String, NameRow> nameRows = new LinkedHashMap<>();
        // a claimant is found under every form the article uses for it, on each of its claims
        Map<String, List<String>> mentions = new HashMap<>();
        for (StoredClaim claim : claims) {
            if (claim.claimant() != null) {
                mentions.computeIfAbsent(claim.claimant(), c -> new ArrayList<>()).addAll(claim.mentions());
            }
        }
        for (StoredClaim claim : claims) {
            String digest = Keys.digest(claim.id());
            AttributeValue doc = ItemCodec.toAttribute(claim.document());
            String postingSk = Keys.posting(lease.articleId(), claim.position(), digest);
            List<String> postings = new ArrayList<>();
            if (claim.claimant() != null) {
                for (String k : Names.claimantKeys(claim.claimant(), mentions.get(claim.claimant()))) {
                    postings.add(Keys.claimant(k));
                }
                for (String k : Names.nameKeys(claim.claimant())) {
                    nameRows.computeIfAbsent(Keys.nameRow(k, lease.articleId()) + "#" + Names.key(claim.claimant()),
                            sk -> new NameRow(Keys.names(k), sk, claim.claimant())).claims++;
                }
            }
            for (String about : claim.about()) {
                String k = Names.key(about);
                if (!k.isEmpty()) {
                    postings.add(Keys.about(k));
                }
            }
            List<String> postingKeys = new ArrayList<>();
            for (String postingPk : new LinkedHashSet<>(postings)) {
                Map<String, AttributeValue> item = key(postingPk, postingSk);
                item.put("doc", doc);
                item.put("articleId", AttributeValue.fromS(lease.articleId()));
                indexItems.add(item);
                postingKeys.add(joined(postingPk, postingSk));
                keep.add(joined(postingPk, postingSk));
            }
            Map<String, AttributeValue> item = key(pk, Keys.CLAIM + digest);
            item.put(Keys.POS, AttributeValue.fromN(Integer.toString(claim.position())));
            item.put("doc", doc);
            // the index items it owns, so that whoever replaces this claim can find and delete them
            item.put("postings", AttributeValue.fromL(postingKeys.stream().map(AttributeValue::fromS).toList()));
            claimItems.add(item);
            keep.add(joined(pk, Keys.CLAIM + digest));
        }
        for (NameRow row : nameRows.values()) {
            Map<String, AttributeValue> item = key(row.pk, row.sk);
            item.put("name", AttributeValue.fromS(row.name));
            item.put("nameKey", AttributeValue.fromS(Names.key(row.name)));
            item.put("claims", AttributeValue.fromN(Integer.toString(row.claims)));
            item.put("articleId", AttributeValue.fromS(lease.articleId()));
            indexItems.add(item);
            keep.add(joined(row.pk, row.sk));
        }
        Set<String> newRows = new LinkedHashSet<>();
        nameRows.values().forEach(r -> newRows.add(joined(r.pk, r.sk)));

        // Record the name rows before writing them: the article's record then always lists every row
        // that may exist, whatever happens next.
        Set<String> knownRows = recordNameRows(lease, newRows);

        List<String> stale = new ArrayList<>();
        List<String> staleClaims = new ArrayList<>();
        for (Map<String, AttributeValue> old : previousClaims(pk)) {
            for (AttributeValue p : old.getOrDefault("postings", AttributeValue.fromL(List.of())).l()) {
                if (!keep.contains(p.s())) {
                    stale.add(p.s());
                }
            }
            String oldKey = joined(pk, old.get(SK).s());
            if (!keep.contains(oldKey)) {
                staleClaims.add(oldKey);
            }
        }
        for (String row : knownRows) {
            if (!keep.contains(row)) {
                stale.add(row);
            }
        }
        // claims before their index items, and index items deleted before their claims: a claim item
        // always exists while an index item it owns might
        batch.put(claimItems);
        batch.put(indexItems);
        batch.delete(stale.stream().distinct().map(ClaimWriter::split).toList());
        batch.delete(staleClaims.stream().map(ClaimWriter::split).toList());
        return newRows;
    }

    private Set<String> recordNameRows(Lease lease, Set<String> rows) {
        UpdateItemRequest.Builder update = UpdateItemRequest.builder().tableName(table).key(metaKey(lease.articleId()))
                .conditionExpression("seq = :s").returnValues(ReturnValue.ALL_NEW);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":s", AttributeValue.fromS(lease.sequencer().value()));
        if (rows.isEmpty()) {
            update.updateExpression("SET updatedAt = :now");
        } else {
            update.updateExpression("SET updatedAt = :now ADD nameRows :rows");
            values.put(":rows", AttributeValue.fromSs(List.copyOf(rows)));
        }
        values.put(":now", AttributeValue.fromS(clock.instant().toString()));
        try {
            Map<String, AttributeValue> item = db.updateItem(update.expressionAttributeValues(values).build()).attributes();
            AttributeValue known = item.get("nameRows");
            return known == null ? Set.of() : new LinkedHashSet<>(known.ss());
        } catch (ConditionalCheckFailedException e) {
            throw lostLease(lease);
        }
    }

    private List<Map<String, AttributeValue>> previousClaims(String pk) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :claim)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk),
                            ":claim", AttributeValue.fromS(Keys.CLAIM)))
                    .projectionExpression("sk, postings");
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse page = db.query(q.build());
            out.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    /** Sets the article's record for the lease's version, and releases the lease. Null fields are removed. */
    private void finish(Lease lease, String status, String reason, ArticleMeta meta, Integer claimCount,
                        Long expiresAt, Set<String> nameRows) {
        Map<String, AttributeValue> fields = new LinkedHashMap<>();
        fields.put("status", AttributeValue.fromS(status));
        fields.put("updatedAt", AttributeValue.fromS(clock.instant().toString()));
        fields.put("ingestedAt", "removed".equals(status) ? null : AttributeValue.fromS(clock.instant().toString()));
        fields.put("reason", reason == null ? null : AttributeValue.fromS(reason));
        fields.put("title", meta.title() == null ? null : AttributeValue.fromS(meta.title()));
        fields.put("url", meta.url() == null ? null : AttributeValue.fromS(meta.url()));
        fields.put("published", meta.published() == null ? null : AttributeValue.fromS(meta.published()));
        fields.put("outlet", meta.outlet() == null ? null : AttributeValue.fromS(meta.outlet()));
        fields.put("format", meta.format() == null ? null : AttributeValue.fromS(meta.format()));
        fields.put("characters", meta.characters() == null ? null : AttributeValue.fromN(meta.characters().toString()));
        fields.put("claimCount", claimCount == null ? null : AttributeValue.fromN(claimCount.toString()));
        fields.put("expiresAt", expiresAt == null ? null : AttributeValue.fromN(expiresAt.toString()));
        fields.put("nameRows", nameRows.isEmpty() ? null : AttributeValue.fromSs(List.copyOf(nameRows)));
        fields.put("lockUntil", null);

        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":s", AttributeValue.fromS(lease.sequencer().value()));
        fields.forEach((name, value) -> {
            names.put("#" + name, name);
            if (value == null) {
                remove.add("#" + name);
            } else {
                set.add("#" + name + " = :" + name);
                values.put(":" + name, value);
            }
        });
        try {
            db.updateItem(UpdateItemRequest.builder().tableName(table).key(metaKey(lease.articleId()))
                    .updateExpression("SET " + String.join(", ", set) + " REMOVE " + String.join(", ", remove))
                    .conditionExpression("seq = :s")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw lostLease(lease);
        }
    }

    private IllegalStateException lostLease(Lease lease) {
        return new IllegalStateException("lost the lease on article " + lease.articleId()
                + ": a newer version took it over; this version's writes are superseded");
    }

    private void pause() {
        try {
            sleeper.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleBusyException("interrupted while waiting for the article's lease");
        }
    }

    private static Map<String, AttributeValue> metaKey(String articleId) {
        return key(Keys.article(articleId), Keys.META);
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PK, AttributeValue.fromS(pk));
        key.put(SK, AttributeValue.fromS(sk));
        return key;
    }

    // pk and sk of an index item in one string; U+001F can't occur in either
    private static String joined(String pk, String sk) {
        return pk + '\u001f' + sk;
    }

    private static Map<String, AttributeValue> split(String joined) {
        int sep = joined.indexOf('\u001f');
        return key(joined.substring(0, sep), joined.substring(sep + 1));
    }

    private static final class NameRow {
        final String pk;
        final String sk;
        final String name;
        int claims;

        NameRow(String pk, String sk, String name) {
            this.pk = pk;
            this.sk = sk;
            this.name = name;
        }
    }
}
