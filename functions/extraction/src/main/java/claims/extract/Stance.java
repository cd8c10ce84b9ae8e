package claims.extract;

/** What the claimant does with the content. */
public enum Stance {
    /** states it as true */
    ASSERT,
    /** says it is false */
    DENY,
    /** questions it or says it is uncertain */
    DOUBT,
    /** presents it as a worry or a danger */
    CONCERN
}
