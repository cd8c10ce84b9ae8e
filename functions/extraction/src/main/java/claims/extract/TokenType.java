package claims.extract;

/** What kind of thing a token is. */
enum TokenType {
    /** letters, possibly with digits, inner hyphens, apostrophes or dots ("U.S.", "anti-gay", "n't") */
    WORD,
    /** digits, possibly with inner commas, dots or colons ("3,000", "1.2", "9:30") */
    NUMBER,
    /** a double quotation mark of any style: " “ ” „ « » and the typewriter pairs '' and `` */
    QUOTE,
    /** a single quotation mark or a free-standing apostrophe: ' ‘ ’ */
    SINGLE_QUOTE,
    /** a dash: - – — ― or a run of them ("--") standing apart from words */
    DASH,
    /** any other mark: . , ; : ! ? ( ) $ % and so on */
    PUNCT
}
