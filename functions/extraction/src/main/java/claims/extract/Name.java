package claims.extract;

/**
 * A name written in the article: a run of capitalised words, with the role or title written before it.
 *
 * @param span     the whole run, with its role ("Belarusian President Alexander Lukashenko")
 * @param name     the name proper ("Alexander Lukashenko"); for a place, its words as written
 * @param role     the role or title words before the name ("Belarusian President"), or null
 * @param type     person, organisation, place or other
 * @param canonical the name to report: the place's standard name ("North Korea" for "North Korean"), else
 *                 the name as written
 */
record Name(TokenSpan span, TokenSpan name, TokenSpan role, String type, String canonical) {

    static final String PERSON = "person";
    static final String ORGANISATION = "organisation";
    static final String PLACE = "place";
    static final String OTHER = "other";
}
