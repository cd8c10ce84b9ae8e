package claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The store against DynamoDB Local, with the table as template.yaml declares it. */
class ClaimStoreTest {

    private static LocalDynamoDb dynamo;
    private static ClaimWriter writer;
    private static ClaimReader reader;

    @BeforeAll
    static void start() {
        dynamo = new LocalDynamoDb();
        writer = new ClaimWriter(dynamo.client(), LocalDynamoDb.TABLE, Duration.ofSeconds(150), Duration.ofSeconds(1));
        reader = new ClaimReader(dynamo.client(), LocalDynamoDb.TABLE);
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    private static StoredClaim claim(String articleId, int pos, String claimant, String mention, String text,
                                     String... about) {
        String id = articleId + ":" + Integer.toHexString(text.hashCode());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("article", articleId);
        doc.put("text", text);
        doc.put("claimant", claimant == null ? null : Map.of("name", claimant, "mention", Map.of("text", mention)));
        doc.put("cue", null);
        return new StoredClaim(id, pos, claimant, mention == null ? List.of() : List.of(mention), List.of(about), doc);
    }

    private static Lease lease(String articleId, String sequencer) {
        return writer.acquire(articleId, articleId, new Sequencer(sequencer)).orElseThrow();
    }

    private static List<String> texts(Page page) {
        return page.items().stream().map(d -> (String) d.get("text")).toList();
    }

    private static long itemsOf(String articleId) {
        return dynamo.allItems().stream()
                .filter(i -> i.get("pk").s().equals(Keys.article(articleId)) || (i.containsKey("articleId")
                        && i.get("articleId").s().equals(articleId)))
                .count();
    }

    @Test
    void findsClaimsByAnyFormOfTheClaimantsName() {
        Lease lease = lease("belarus.txt", "01");
        writer.publish(lease, new ArticleMeta("Belarus", null, null, null, "txt", 120), List.of(
                claim("belarus.txt", 10, "Alexander Lukashenko", "Belarusian President Alexander Lukashenko",
                        "the deployment is nonsense", "North Korea", "Russia"),
                claim("belarus.txt", 50, "Alexander Lukashenko", "He", "Putin never asked", "Vladimir Putin"),
                claim("belarus.txt", 90, "NATO", "NATO", "troops were sent", "North Korea")));

        for (String form : List.of("lukashenko", "Alexander Lukashenko", "ALEXANDER LUKASHENKO",
                "Belarusian President Alexander Lukashenko", "  alexander   lukashenko ")) {
            assertEquals(List.of("the deployment is nonsense", "Putin never asked"),
                    texts(reader.byClaimant(form, 20, null)), form);
        }
        assertEquals(List.of(), texts(reader.byClaimant("he", 20, null)), "a pronoun is nobody's name");
        assertEquals(List.of("the deployment is nonsense", "troops were sent"),
                texts(reader.about("north korea", 20, null)));
        assertEquals(List.of("troops were sent"), texts(reader.byClaimant("nato", 20, null)));

        Map<String, Object> article = reader.article("belarus.txt").orElseThrow();
        assertEquals("ok", article.get("status"));
        assertEquals(3L, article.get("claimCount"));
        assertEquals("Belarus", article.get("title"));
        assertEquals("belarus.txt", article.get("key"));
        assertNotNull(article.get("ingestedAt"));

        Page claimants = reader.claimants("luk", 20, null);
        assertEquals(List.of(Map.of("name", "Alexander Lukashenko", "claims", 2L, "articles", 1L)), claimants.items());
        assertEquals(1, reader.claimants("alex", 20, null).items().size());
        assertEquals(0, reader.claimants("zz", 20, null).items().size());
    }

    @Test
    void listsAnArticlesClaimsInTextOrderPageByPage() {
        String id = "paged.txt";
        List<StoredClaim> claims = new ArrayList<>();
        // written out of order: the listing follows the text, not the write order or the ids
        IntStream.of(40, 7, 33, 1, 25, 12, 19).forEach(p -> claims.add(claim(id, p, "Ann Lee", "Lee", "claim at " + p)));
        writer.publish(lease(id, "0A"), ArticleMeta.NONE, claims);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page page = reader.articleClaims(id, 3, cursor).orElseThrow();
            assertTrue(page.items().size() <= 3);
            seen.addAll(texts(page));
            cursor = page.cursor();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of("claim at 1", "claim at 7", "claim at 12", "claim at 19", "claim at 25", "claim at 33",
                "claim at 40"), seen);

        Page first = reader.byClaimant("lee", 4, null);
        Page second = reader.byClaimant("lee", 4, first.cursor());
        assertEquals(4, first.items().size());
        assertEquals(3, second.items().size());
        assertNull(second.cursor());

        assertThrows(BadRequestException.class, () -> reader.about("lee", 4, first.cursor()),
                "a cursor only continues the lookup that gave it");
        assertThrows(BadRequestException.class, () -> reader.byClaimant("lee", 4, "not-a-cursor!"));
        assertThrows(BadRequestException.class, () -> reader.byClaimant("lee", 0, null));
        assertThrows(BadRequestException.class, () -> reader.byClaimant("lee", 101, null));
        assertThrows(BadRequestException.class, () -> reader.byClaimant(" ?! ", 10, null));
        assertEquals(Optional.empty(), reader.articleClaims("no-such-article.txt", 10, null));
        assertThrows(BadRequestException.class, () -> reader.article("a/b"));
    }

    @Test
    void pagesThroughClaimantsByName() {
        String[] people = {"Maria Moreno", "Mark Mills", "Martin Marsh", "Mary Mead", "Max Muller"};
        for (int i = 0; i < people.length; i++) {
            String id = "people-" + i + ".txt";
            writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(claim(id, 0, people[i], people[i], "x" + i)));
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Page page = reader.claimants("ma", 2, cursor);
            page.items().forEach(m -> names.add((String) m.get("name")));
            cursor = page.cursor();
        } while (cursor != null);
        assertEquals(List.of("Maria Moreno", "Mark Mills", "Martin Marsh", "Mary Mead", "Max Muller"), names);
    }

    @Test
    void aNewVersionReplacesTheOldClaimsCompletely() {
        String id = "replaced.txt";
        writer.publish(lease(id, "10"), ArticleMeta.NONE, List.of(
                claim(id, 5, "Old Speaker", "Speaker", "old claim", "Old Topic"),
                claim(id, 9, "Kept Speaker", "Kept Speaker", "kept claim", "Kept Topic")));
        writer.publish(lease(id, "20"), ArticleMeta.NONE, List.of(
                claim(id, 9, "Kept Speaker", "Kept Speaker", "kept claim", "Kept Topic"),
                claim(id, 30, "New Speaker", "Speaker", "new claim", "New Topic")));

        assertEquals(List.of("kept claim", "new claim"), texts(reader.articleClaims(id, 10, null).orElseThrow()));
        assertEquals(List.of(), texts(reader.byClaimant("old speaker", 10, null)));
        assertEquals(List.of("kept claim", "new claim"), texts(reader.byClaimant("speaker", 10, null)));
        assertEquals(List.of(), texts(reader.about("old topic", 10, null)));
        assertEquals(List.of(), reader.claimants("old", 10, null).items());
        assertEquals(List.of("new claim"), texts(reader.about("new topic", 10, null)));
        // the article, 2 claims, each claim's copies under 2 claimant keys (full name, surname) and 1 about
        // key, and a name row for each of the 4 name keys
        assertEquals(1 + 2 + 2 * 3 + 4, itemsOf(id));
    }

    @Test
    void staleAndReplayedEventsChangeNothing() {
        String id = "ordered.txt";
        Lease newer = lease(id, "0055AED6DCD90281E6");
        writer.publish(newer, ArticleMeta.NONE, List.of(claim(id, 0, "Newer Person", "Newer Person", "newer")));

        assertEquals(Optional.empty(), writer.acquire(id, id, new Sequencer("0055AED6DCD90281E5")), "stale");
        assertEquals(Optional.empty(), writer.acquire(id, id, new Sequencer("0055AED6DCD90281E6")), "replay");
        // sequencers of different lengths compare after right-padding with zeros
        assertEquals(Optional.empty(), writer.acquire(id, id, new Sequencer("0055AED6DCD90281E")), "shorter, older");
        assertTrue(writer.acquire(id, id, new Sequencer("0055AED6DCD90281E61")).isPresent(), "longer, newer");
    }

    @Test
    void aSecondDeliveryOfAnEventBeingWrittenWaitsAndThenFindsItDone() {
        String id = "duplicate.txt";
        Lease first = lease(id, "30");
        assertThrows(ArticleBusyException.class, () -> writer.acquire(id, id, new Sequencer("30")),
                "the same event, delivered twice at once, is written once");
        writer.publish(first, ArticleMeta.NONE, List.of(claim(id, 0, "Ann Other", "Ann Other", "done")));
        assertEquals(Optional.empty(), writer.acquire(id, id, new Sequencer("30")), "then it is a replay");
    }

    @Test
    void aFailedAttemptReleasesTheArticleForItsRetryAndSaysWhy() {
        String id = "released.txt";
        writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(claim(id, 0, "Ann Lee", "Ann Lee", "version one")));
        Lease attempt = lease(id, "02");
        writer.release(attempt, "the last attempt failed and will be retried: S3 is throttling");
        Map<String, Object> article = reader.article(id).orElseThrow();
        assertEquals("processing", article.get("status"));
        assertEquals("the last attempt failed and will be retried: S3 is throttling", article.get("reason"));
        assertEquals(List.of("version one"), texts(reader.articleClaims(id, 10, null).orElseThrow()));

        Lease retry = writer.acquire(id, id, new Sequencer("02")).orElseThrow();
        writer.publish(retry, ArticleMeta.NONE, List.of(claim(id, 0, "Ann Lee", "Ann Lee", "version two")));
        assertEquals(null, reader.article(id).orElseThrow().get("reason"));
        assertThrows(IllegalStateException.class, () -> writer.publish(attempt, ArticleMeta.NONE, List.of()),
                "the released lease writes nothing more");
    }

    @Test
    void aCrashBeforeTheArticlesRecordIsWrittenIsPutRightByTheRetryWithoutCountingTwice() {
        String id = "crash.txt";
        // a store that fails the last write of an ingest, as a crash there would leave it
        DynamoDbClient crashing = mock(DynamoDbClient.class, AdditionalAnswers.delegatesTo(dynamo.client()));
        doThrow(SdkClientException.create("connection reset")).when(crashing).updateItem(
                argThat((UpdateItemRequest r) -> r.conditionExpression() != null
                        && r.conditionExpression().equals("lockOwner = :owner") && r.updateExpression().contains("#status")));
        ClaimWriter dying = new ClaimWriter(crashing, LocalDynamoDb.TABLE, Duration.ofSeconds(150), Duration.ZERO);
        List<StoredClaim> claims = List.of(claim(id, 0, "Rita Crash", "Rita Crash", "one", "Crashland"),
                claim(id, 9, "Rita Crash", "Crash", "two"));
        Lease first = dying.acquire(id, id, new Sequencer("05")).orElseThrow();
        assertThrows(SdkClientException.class, () -> dying.publish(first, ArticleMeta.NONE, claims));
        assertEquals("processing", reader.article(id).orElseThrow().get("status"));

        Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(3)), ZoneOffset.UTC);
        ClaimWriter retrying = new ClaimWriter(dynamo.client(), LocalDynamoDb.TABLE, later, Duration.ofSeconds(150),
                Duration.ZERO, ms -> { });
        retrying.publish(retrying.acquire(id, id, new Sequencer("05")).orElseThrow(), ArticleMeta.NONE, claims);
        assertEquals("ok", reader.article(id).orElseThrow().get("status"));
        assertEquals(List.of(Map.of("name", "Rita Crash", "claims", 2L, "articles", 1L)),
                reader.claimants("rita", 10, null).items(), "counted once");
        assertEquals(2, reader.byClaimant("crash", 10, null).items().size());
    }

    @Test
    void claimantTotalsAddUpAcrossArticlesAndGoWithThem() {
        for (String id : List.of("tally-1.txt", "tally-2.txt")) {
            writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(claim(id, 0, "Tally Ho", "Tally Ho", id + " a"),
                    claim(id, 5, "Tally Ho", "Ho", id + " b")));
        }
        assertEquals(List.of(Map.of("name", "Tally Ho", "claims", 4L, "articles", 2L)),
                reader.claimants("tally", 10, null).items());
        writer.publish(lease("tally-1.txt", "02"), ArticleMeta.NONE,
                List.of(claim("tally-1.txt", 0, "Tally Ho", "Tally Ho", "only one now")));
        assertEquals(List.of(Map.of("name", "Tally Ho", "claims", 3L, "articles", 2L)),
                reader.claimants("ho", 10, null).items(), "found by surname too");
        writer.remove(lease("tally-1.txt", "03"));
        writer.remove(lease("tally-2.txt", "03"));
        assertEquals(List.of(), reader.claimants("tally", 10, null).items());
        assertTrue(dynamo.allItems().stream().noneMatch(i -> i.get("pk").s().startsWith("NAMES#t")
                && i.get("sk").s().startsWith("tally")), "no total of zero is left behind");
    }

    @Test
    void claimantsListAlphabeticallyWithCaseVariantsTogether() {
        String id = "johns.txt";
        writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(claim(id, 0, "Johnny Cash", "Johnny Cash", "a"),
                claim(id, 1, "John Smith", "John Smith", "b"), claim(id, 2, "John", "John", "c"),
                claim(id, 3, "JOHN", "JOHN", "d")));
        List<Object> names = reader.claimants("john", 10, null).items().stream().map(m -> m.get("name")).toList();
        assertEquals(3, names.size(), names.toString());
        assertEquals(List.of("John Smith", "Johnny Cash"), names.subList(1, 3));
        assertEquals(2L, reader.claimants("john", 10, null).items().get(0).get("claims"));
    }

    @Test
    void tamperedOrBorrowedCursorsAreBadRequestsNotErrors() {
        String id = "cursors.txt";
        writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(claim(id, 0, "Jo Ann", "Jo Ann", "x"),
                claim(id, 1, "Jo Bee", "Jo Bee", "y"), claim(id, 2, "Ja Cee", "Ja Cee", "z")));
        String jo = reader.claimants("jo", 1, null).cursor();
        assertThrows(BadRequestException.class, () -> reader.claimants("ja", 1, jo), "same partition, other prefix");
        String claims = reader.articleClaims(id, 1, null).orElseThrow().cursor();
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key = Cursors.decode(claims,
                new Cursors.Expected(Map.of("pk", Keys.article(id), "gpk", Keys.article(id)), java.util.Set.of("sk", "pos"),
                        Keys.CLAIM));
        key.remove("pos");
        String withoutPos = Cursors.encode(key);
        assertThrows(BadRequestException.class, () -> reader.articleClaims(id, 1, withoutPos));
        key.put("pos", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("one"));
        String wrongType = Cursors.encode(key);
        assertThrows(BadRequestException.class, () -> reader.articleClaims(id, 1, wrongType));
    }

    @Test
    void numbersAndNamesBeyondWhatDynamoDbKeysAndNumbersHoldAreStoredAnyway() {
        String id = "odd-values.txt";
        StoredClaim huge = claim(id, 0, "N" + "o".repeat(600) + " Body", "No Body", "a number of 1e200");
        Map<String, Object> doc = new LinkedHashMap<>(huge.document());
        doc.put("quantities", List.of(Map.of("value", 1e200), Map.of("value", 1e-200), Map.of("value", 3000.0)));
        writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(new StoredClaim(huge.id(), 0, huge.claimant(),
                huge.mentions(), List.of("T" + "x".repeat(2000)), doc)));
        Map<String, Object> stored = reader.claim(huge.id()).orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> quantities = (List<Map<String, Object>>) stored.get("quantities");
        assertEquals(1e200, quantities.get(0).get("value"), "beyond DynamoDB's largest number");
        assertEquals(1e-200, quantities.get(1).get("value"), "below its smallest");
        assertEquals(3000.0, quantities.get(2).get("value"));
        assertEquals(List.of("id", "article", "text", "claimant", "cue", "quantities"), List.copyOf(stored.keySet()),
                "the fields come back in the order they were written");
        assertEquals(1, reader.byClaimant(huge.claimant(), 10, null).items().size());
        assertEquals(1, reader.about("T" + "x".repeat(2000), 10, null).items().size());
        assertEquals(1, reader.claimants("noooo", 10, null).items().size());
    }

    @Test
    void aNewerVersionWaitsForAnOlderOneBeingWritten() {
        String id = "busy.txt";
        lease(id, "40");
        ArticleBusyException busy = assertThrows(ArticleBusyException.class,
                () -> writer.acquire(id, id, new Sequencer("41")));
        assertTrue(busy.getMessage().contains(id), busy.getMessage());

        // once the older lease has expired (its invocation died), the newer version takes over
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(3)), ZoneOffset.UTC);
        ClaimWriter laterWriter = new ClaimWriter(dynamo.client(), LocalDynamoDb.TABLE, later, Duration.ofSeconds(150),
                Duration.ZERO, ms -> { });
        assertTrue(laterWriter.acquire(id, id, new Sequencer("41")).isPresent());
    }

    @Test
    void aRemovedArticleLeavesOnlyATombstoneThatTurnsAwayLateEvents() {
        String id = "removed.txt";
        writer.publish(lease(id, "50"), new ArticleMeta("Title", "https://example.org/a", "2024-10-25", "Outlet", "txt",
                100), List.of(claim(id, 0, "Gone Person", "Gone Person", "gone", "Somewhere")));
        writer.remove(lease(id, "60"));

        assertEquals(Optional.empty(), reader.article(id));
        assertEquals(List.of(), texts(reader.byClaimant("gone person", 10, null)));
        assertEquals(List.of(), texts(reader.about("somewhere", 10, null)));
        var left = dynamo.allItems().stream().filter(i -> i.toString().contains(id)).toList();
        assertEquals(1, left.size(), "only the tombstone: " + left);
        var tombstone = left.get(0);
        assertEquals("removed", tombstone.get("status").s());
        assertTrue(tombstone.containsKey("expiresAt"));
        assertTrue(!tombstone.containsKey("title") && !tombstone.containsKey("claimCount"));

        assertEquals(Optional.empty(), writer.acquire(id, id, new Sequencer("55")), "the late put is stale");
        Lease again = lease(id, "70");
        writer.publish(again, ArticleMeta.NONE, List.of());
        assertTrue(!dynamo.allItems().stream().filter(i -> i.toString().contains(id)).findFirst().orElseThrow()
                .containsKey("expiresAt"), "an article put back doesn't expire");
    }

    @Test
    void aFailedArticleKeepsItsReasonAndLosesItsOldClaims() {
        String id = "failed.txt";
        writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(claim(id, 0, "Ann Lee", "Ann Lee", "was readable")));
        writer.fail(lease(id, "02"), new ArticleMeta(null, null, null, null, "txt", null),
                "not valid UTF-8 text: bad byte 0xE9 at offset 12");

        Map<String, Object> article = reader.article(id).orElseThrow();
        assertEquals("failed", article.get("status"));
        assertEquals("not valid UTF-8 text: bad byte 0xE9 at offset 12", article.get("reason"));
        assertEquals(0L, article.get("claimCount"));
        assertEquals(List.of(), reader.articleClaims(id, 10, null).orElseThrow().items());
        assertEquals(1, itemsOf(id));
    }

    @Test
    void getsAClaimByItsId() {
        String id = "single.txt";
        StoredClaim c = claim(id, 3, "Ann Lee", "Ann Lee", "one claim");
        writer.publish(lease(id, "01"), ArticleMeta.NONE, List.of(c));
        Map<String, Object> doc = reader.claim(c.id()).orElseThrow();
        assertEquals("one claim", doc.get("text"));
        assertNull(doc.get("cue"), "nulls survive the round trip");
        assertEquals(Optional.empty(), reader.claim(id + ":ffff"));
        assertThrows(BadRequestException.class, () -> reader.claim("no colon"));
        assertThrows(BadRequestException.class, () -> reader.claim("bad/id:abc"));
    }
}
