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
import java.util.UUID;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The ingest side of the store. Each version of an article (one S3 event's sequencer) is written under a
 * {@link Lease}: a stale or replayed event gets none and changes nothing; a newer version, or a second
 * delivery of the same event, waits while another invocation holds the article. A version's items are
 * written before the previous version's leftovers are deleted, so readers never see an article without
 * claims in between, and everything an article writes is found again through its own partition, so a
 * crash part-way leaves nothing that a retry or the next version can't put right.
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
     * @param waitLimit how long to wait for another invocation's lease before asking for a retry
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
     * @throws ArticleBusyException if another invocation still holds the article after the wait limit
     */
    public Optional<Lease> acquire(String articleId, String key, Sequencer sequencer) {
        Instant deadline = clock.instant().plus(waitLimit);
        String owner = UUID.randomUUID().toString();
        while (true) {
            long now = clock.millis();
            try {
                db.updateItem(UpdateItemRequest.builder().tableName(table).key(metaKey(articleId))
                        .updateExpression("SET seq = :s, #status = :processing, lockUntil = :until, lockOwner = :owner,"
                                + " objectKey = :key, articleId = :id, updatedAt = :now REMOVE expiresAt")
                        // a newer version, or this one again after its last attempt died or gave up, once no
                        // one holds the article
                        .conditionExpression("attribute_not_exists(seq) OR ((seq < :s OR (seq = :s AND #status = :processing))"
                                + " AND (attribute_not_exists(lockUntil) OR lockUntil < :nowMillis))")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(
                                ":s", AttributeValue.fromS(sequencer.value()),
                                ":processing", AttributeValue.fromS(PROCESSING),
                                ":until", AttributeValue.fromN(Long.toString(now + leaseTime.toMillis())),
                                ":nowMillis", AttributeValue.fromN(Long.toString(now)),
                                ":owner", AttributeValue.fromS(owner),
                                ":key", AttributeValue.fromS(key),
                                ":id", AttributeValue.fromS(articleId),
                                ":now", AttributeValue.fromS(Instant.ofEpochMilli(now).toString())))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build());
                return Optional.of(new Lease(articleId, key, sequencer, owner));
            } catch (ConditionalCheckFailedException e) {
                Map<String, AttributeValue> held = e.hasItem() ? e.item()
                        : db.getItem(b -> b.tableName(table).key(metaKey(articleId)).consistentRead(true)).item();
                int order = held.get("seq").s().compareTo(sequencer.value());
                if (order > 0 || (order == 0 && !PROCESSING.equals(held.get("status").s()))) {
                    return Optional.empty();
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new ArticleBusyException("article " + articleId + " is being written by another invocation;"
                            + " retry later");
                }
                pause();
            }
        }
    }

    /** Makes the lease's version the article: its metadata and exactly these claims. */
    public void publish(Lease lease, ArticleMeta meta, List<StoredClaim> claims) {
        replaceClaims(lease, claims);
        finish(lease, "ok", null, meta, claims.size(), null);
    }

    /** Records that the lease's version can't be read or stored, and why; the article then has no claims. */
    public void fail(Lease lease, ArticleMeta meta, String reason) {
        replaceClaims(lease, List.of());
        finish(lease, "failed", reason, meta, 0, null);
    }

    /** Removes the article and all its claims, leaving only a tombstone that expires. */
    public void remove(Lease lease) {
        replaceClaims(lease, List.of());
        finish(lease, "removed", null, ArticleMeta.NONE, null, clock.instant().plus(TOMBSTONE).getEpochSecond());
    }

    /**
     * Gives the lease up after a failure that a retry may get past, saying why; the article stays in
     * processing, with its previous claims, until the retry. Best effort: the lease expires anyway.
     */
    public void release(Lease lease, String reason) {
        try {
            db.updateItem(UpdateItemRequest.builder().tableName(table).key(metaKey(lease.articleId()))
                    .updateExpression("SET reason = :reason, updatedAt = :now REMOVE lockUntil")
                    .conditionExpression("lockOwner = :owner")
                    .expressionAttributeValues(Map.of(":reason", AttributeValue.fromS(reason),
                            ":now", AttributeValue.fromS(clock.instant().toString()),
                            ":owner", AttributeValue.fromS(lease.owner())))
                    .build());
        } catch (RuntimeException e) {
            // the store may be what failed; the lease's expiry releases it then
        }
    }

    /** Writes the new claims and their index items, then deletes or corrects whatever the previous version left. */
    private void replaceClaims(Lease lease, List<StoredClaim> claims) {
        String pk = Keys.article(lease.articleId());
        List<Map<String, AttributeValue>> claimItems = new ArrayList<>();
        List<Map<String, AttributeValue>> postingItems = new ArrayList<>();
        Set<String> keep = new LinkedHashSet<>();
        Map<String, NameCount> names = new LinkedHashMap<>();
        // a claimant is found under every form the article uses for it, on each of its claims
        Map<String, List<String>> mentions = new HashMap<>();
        for (StoredClaim claim : claims) {
            if (claim.claimant() != null) {
                mentions.computeIfAbsent(claim.claimant(), c -> new ArrayList<>()).addAll(claim.mentions());
            }
        }
        for (StoredClaim claim : claims) {
            String digest = Keys.digest(claim.id());
            AttributeValue doc = AttributeValue.fromS(Documents.write(claim.document()));
            String postingSk = Keys.posting(lease.articleId(), claim.position(), digest);
            Set<String> postingPks = new LinkedHashSet<>();
            if (claim.claimant() != null) {
                Names.claimantKeys(claim.claimant(), mentions.get(claim.claimant()))
                        .forEach(k -> postingPks.add(Keys.claimant(k)));
                String fullKey = Names.key(claim.claimant());
                for (String k : Names.nameKeys(claim.claimant())) {
                    names.computeIfAbsent(Keys.name(k, fullKey), sk -> new NameCount(claim.claimant())).claims++;
                }
            }
            for (String about : claim.about()) {
                String k = Names.key(about);
                if (!k.isEmpty()) {
                    postingPks.add(Keys.about(k));
                }
            }
            List<String> postingKeys = new ArrayList<>();
            for (String postingPk : postingPks) {
                Map<String, AttributeValue> item = key(postingPk, postingSk);
                item.put("doc", doc);
                item.put("articleId", AttributeValue.fromS(lease.articleId()));
                postingItems.add(item);
                postingKeys.add(joined(postingPk, postingSk));
                keep.add(joined(postingPk, postingSk));
            }
            Map<String, AttributeValue> item = key(pk, Keys.CLAIM + digest);
            item.put(Keys.GPK, AttributeValue.fromS(pk));
            item.put(Keys.POS, AttributeValue.fromN(Integer.toString(claim.position())));
            item.put("doc", doc);
            // the index items it owns, so that whoever replaces this claim can find and delete them
            item.put("postings", AttributeValue.fromL(postingKeys.stream().map(AttributeValue::fromS).toList()));
            claimItems.add(item);
            keep.add(joined(pk, Keys.CLAIM + digest));
        }

        List<String> stalePostings = new ArrayList<>();
        List<String> staleClaims = new ArrayList<>();
        Map<String, Integer> oldNames = new HashMap<>();
        for (Map<String, AttributeValue> old : partition(pk)) {
            String sk = old.get(SK).s();
            if (sk.startsWith(Keys.NAME)) {
                oldNames.put(sk.substring(Keys.NAME.length()), Integer.parseInt(old.get("claims").n()));
            } else if (sk.startsWith(Keys.CLAIM)) {
                for (AttributeValue p : old.getOrDefault("postings", AttributeValue.fromL(List.of())).l()) {
                    if (!keep.contains(p.s())) {
                        stalePostings.add(p.s());
                    }
                }
                if (!keep.contains(joined(pk, sk))) {
                    staleClaims.add(joined(pk, sk));
                }
            }
        }
        // claims before their index items, and index items deleted before their claims: a claim item
        // always exists while an index item it owns might
        batch.put(claimItems);
        batch.put(postingItems);
        batch.delete(stalePostings.stream().distinct().map(ClaimWriter::split).toList());
        batch.delete(staleClaims.stream().map(ClaimWriter::split).toList());

        Set<String> nameRows = new LinkedHashSet<>(oldNames.keySet());
        nameRows.addAll(names.keySet());
        for (String row : nameRows) {
            int before = oldNames.getOrDefault(row, 0);
            NameCount after = names.get(row);
            if (after == null || after.claims != before) {
                changeName(lease.articleId(), row, before, after);
            }
        }
    }

    /**
     * Moves a name's totals by this article's change, and records the article's own count for the name, in
     * one transaction: the article's count is the condition, so a retry after a crash never counts twice.
     */
    private void changeName(String articleId, String row, int before, NameCount after) {
        String nameKey = row.substring(0, row.indexOf(Keys.JOIN));
        int now = after == null ? 0 : after.claims;
        Map<String, AttributeValue> articleRow = key(Keys.article(articleId), Keys.NAME + row);
        Map<String, AttributeValue> was = Map.of(":was", AttributeValue.fromN(Integer.toString(before)));
        TransactWriteItem own;
        if (now == 0) {
            own = TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(articleRow)
                    .conditionExpression("claims = :was").expressionAttributeValues(was).build()).build();
        } else {
            Map<String, AttributeValue> item = new HashMap<>(articleRow);
            item.put("claims", AttributeValue.fromN(Integer.toString(now)));
            item.put("name", AttributeValue.fromS(after.name));
            Put.Builder put = Put.builder().tableName(table).item(item);
            own = TransactWriteItem.builder().put(before == 0 ? put.conditionExpression("attribute_not_exists(pk)").build()
                    : put.conditionExpression("claims = :was").expressionAttributeValues(was).build()).build();
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":claims", AttributeValue.fromN(Integer.toString(now - before)));
        values.put(":articles", AttributeValue.fromN(Integer.toString((now > 0 ? 1 : 0) - (before > 0 ? 1 : 0))));
        String set = "";
        if (after != null) {
            values.put(":name", AttributeValue.fromS(after.name));
            set = " SET #name = :name";
        }
        Update.Builder total = Update.builder().tableName(table).key(key(Keys.names(nameKey), row))
                .updateExpression("ADD claims :claims, articles :articles" + set).expressionAttributeValues(values);
        if (after != null) {
            total.expressionAttributeNames(Map.of("#name", "name"));
        }
        try {
            db.transactWriteItems(b -> b.transactItems(own, TransactWriteItem.builder().update(total.build()).build()));
        } catch (TransactionCanceledException e) {
            boolean applied = e.hasCancellationReasons()
                    && "ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code());
            if (!applied) {
                throw e;
            }
            return; // an earlier, interrupted attempt of this version already counted it
        }
        if (now == 0) {
            // the last article with this name: no total of zero is left to list
            try {
                db.deleteItem(b -> b.tableName(table).key(key(Keys.names(nameKey), row))
                        .conditionExpression("claims <= :zero")
                        .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"))));
            } catch (ConditionalCheckFailedException stillUsed) {
                // another article has the name now
            }
        }
    }

    /** Every item of the article's partition but its record: its claims and its name counts. */
    private List<Map<String, AttributeValue>> partition(String pk) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                    .projectionExpression("sk, postings, claims");
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse page = db.query(q.build());
            page.items().stream().filter(i -> !Keys.META.equals(i.get(SK).s())).forEach(out::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    /** Sets the article's record for the lease's version, and releases the lease. Null fields are removed. */
    private void finish(Lease lease, String status, String reason, ArticleMeta meta, Integer claimCount,
                        Long expiresAt) {
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
        fields.put("lockUntil", null);
        fields.put("lockOwner", null);

        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":owner", AttributeValue.fromS(lease.owner()));
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
                    .conditionExpression("lockOwner = :owner")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("lost the lease on article " + lease.articleId()
                    + ": it expired and another invocation took the article over");
        }
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

    /** How many of the article's claims a name has, and the claimant's name as the article gives it. */
    private static final class NameCount {
        final String name;
        int claims;

        NameCount(String name) {
            this.name = name;
        }
    }
}
