package claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void aPlainKeyIsItsOwnId() {
        assertEquals("north-korean-soldiers-russia.txt", ArticleIds.of("north-korean-soldiers-russia.txt"));
        assertEquals("news~2024~a_b.txt", ArticleIds.of("news/2024/a_b.txt"));
    }

    @Test
    void anyOtherKeyGetsAReadableIdThatNoOtherKeyShares() {
        String spaced = ArticleIds.of("My Article (1).txt");
        assertTrue(spaced.matches("My_Article_1_\\.txt-[0-9a-f]{8}"), spaced);
        assertNotEquals(ArticleIds.of("a b.txt"), ArticleIds.of("a_b.txt"));
        assertNotEquals(ArticleIds.of("a b.txt"), ArticleIds.of("a  b.txt"));
        assertTrue(ArticleIds.isWellFormed(ArticleIds.of("x".repeat(1000))));
        assertTrue(ArticleIds.isWellFormed(ArticleIds.of("caf\u00e9/\u65b0\u95fb.html")));
        String lossy = ArticleIds.of("a b.txt");
        assertNotEquals(lossy, ArticleIds.of(lossy), "a key named like another key's id gets an id of its own");
    }

    @Test
    void rejectsWhatCantBeAnId() {
        assertFalse(ArticleIds.isWellFormed("a/b"));
        assertFalse(ArticleIds.isWellFormed(""));
        assertFalse(ArticleIds.isWellFormed("a:b"));
    }
}
