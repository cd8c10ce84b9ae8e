package claims.extract;

/** How the claim is reported. */
public enum Form {
    /** a quotation of the claimant's own words */
    DIRECT,
    /** reported speech, paraphrase */
    INDIRECT,
    /** paraphrase with quoted words inside */
    MIXED
}
