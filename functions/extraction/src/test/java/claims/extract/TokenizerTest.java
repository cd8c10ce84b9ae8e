package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer(new Abbreviations());

    private static List<String> texts(String s) {
        return TOKENIZER.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsCliticsAndKeepsInnerJoiners() {
        assertEquals(List.of("South", "Korea", "'s", "anti-war", "minister", "do", "n't", "O'Brien", "ca", "n’t"),
                texts("South Korea's anti-war minister don't O'Brien can’t"));
    }

    @Test
    void keepsAbbreviationPeriodsAndNumbers() {
        assertEquals(List.of("Mr.", "Kim", "of", "the", "U.S.", "paid", "$", "3,000.50", "on", "Jan.", "5", "."),
                texts("Mr. Kim of the U.S. paid $3,000.50 on Jan. 5."));
        assertEquals(List.of("John", "F.", "Kennedy", "said", "40", "%", "."), texts("John F. Kennedy said 40%."));
    }

    @Test
    void quotationMarksOfEveryStyle() {
        List<Token> tokens = TOKENIZER.tokenize("“A” \"B\" ''C'' ``D'' ‘e’");
        long quotes = tokens.stream().filter(t -> t.type() == TokenType.QUOTE).count();
        long singles = tokens.stream().filter(t -> t.type() == TokenType.SINGLE_QUOTE).count();
        assertEquals(8, quotes);
        assertEquals(2, singles);
    }

    @Test
    void offsetsAreUtf16IndicesAndLineStartsAreMarked() {
        String text = "😀 said\nNext — line";
        List<Token> tokens = TOKENIZER.tokenize(text);
        for (Token t : tokens) {
            assertEquals(text.substring(t.begin(), t.end()), t.text());
        }
        assertTrue(tokens.get(0).lineStart());
        assertTrue(tokens.stream().filter(t -> t.text().equals("Next")).findFirst().orElseThrow().lineStart());
        assertEquals(TokenType.DASH, tokens.stream().filter(t -> t.text().equals("—")).findFirst().orElseThrow().type());
    }
}
