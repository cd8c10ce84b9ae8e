package claims.extract;

/**
 * A quantity a claim states: "3,000 soldiers", "1.2 million", "40%".
 *
 * @param span  the words in the article
 * @param value the number, scaled ("1.2 million" is 1200000)
 * @param unit  what is counted or measured ("soldiers", "percent"), or null
 */
public record Quantity(Span span, double value, String unit) {
}
