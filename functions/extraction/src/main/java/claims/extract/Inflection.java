package claims.extract;

/** The forms of an English verb. */
enum Inflection {
    /** "say" */
    BASE,
    /** "says" */
    THIRD,
    /** "said" as a finite past tense */
    PAST,
    /** "said" after have or be */
    PARTICIPLE,
    /** "saying" */
    GERUND
}
