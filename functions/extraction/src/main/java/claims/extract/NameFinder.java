package claims.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names of an article: runs of capitalised words (with "of", "the", "and" between two of them:
 * "Bank of America"), each told apart as a person, an organisation, a place or other. A title inside or
 * before the run ("President", "spokesperson", "South Korea's Defense Minister") is split off as a role.
 * Places come from the gazetteer, organisations from their marker words ("Council") or an acronym
 * ("NATO"), persons from two or more name words or a title before one.
 */
final class NameFinder {

    private final FunctionWords words;
    private final Gazetteer gazetteer;

    NameFinder(FunctionWords words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
    }

    List<Name> find(Document d) {
        List<Name> out = new ArrayList<>();
        int n = d.size();
        int i = 0;
        while (i < n) {
            if (!isNameWord(d, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !d.token(end).lineStart()) {
                if (isNameWord(d, end)) {
                    end++;
                } else if (end + 1 < n && isJoiner(d.token(end)) && isNameWord(d, end + 1) && !d.token(end + 1).lineStart()) {
                    end += 2;
                } else {
                    break;
                }
            }
            // "and" joins names only inside an organisation's name ("Procter and Gamble"): "Putin and NATO" are two
            int cut = andSplit(d, i, end);
            out.addAll(classify(d, i, cut));
            i = cut < end ? cut + 1 : end;
        }
        return out;
    }

    /** Where a run must be cut at an "and" or "&" that joins two names rather than an organisation's words. */
    private int andSplit(Document d, int first, int last) {
        if (hasOrganisationWord(d, first, last)) {
            return last;
        }
        for (int k = first + 1; k < last; k++) {
            if (d.token(k).is("and") || d.token(k).is("&")) {
                return k;
            }
        }
        return last;
    }

    private static boolean isJoiner(Token t) {
        return t.is("of") || t.is("for") || t.is("and") || t.is("&") || t.is("de") || t.is("van") || t.is("von")
                || t.is("al") || t.is("bin") || t.is("la") || t.is("del") || t.is("da");
    }

    /** A capitalised word that can be part of a name: not a function word at a sentence start ("The", "However"). */
    private boolean isNameWord(Document d, int i) {
        Token t = d.token(i);
        if (!t.capitalized()) {
            return false;
        }
        if (words.isFunctionWord(t)) {
            // "May" and "Will" are names only inside a run; "US" the country, not the pronoun
            return t.text().equals("US");
        }
        return true;
    }

    /** Splits a run into its names: a leading place ("Russian Defense Ministry" stays whole), titles and the name. */
    private List<Name> classify(Document d, int first, int last) {
        List<Name> out = new ArrayList<>();
        String text = d.text.substring(d.token(first).begin(), d.token(last - 1).end());
        if (hasOrganisationWord(d, first, last) || isAcronym(d, first, last) && gazetteer.place(text) == null) {
            out.add(new Name(new TokenSpan(first, last), new TokenSpan(first, last), null, Name.ORGANISATION, text));
            return out;
        }
        String place = gazetteer.place(text);
        if (place != null) {
            out.add(new Name(new TokenSpan(first, last), new TokenSpan(first, last), null, Name.PLACE, place));
            return out;
        }
        // the last title in the run ends the role: "U.S. Defense Secretary | Lloyd Austin"
        int nameStart = first;
        for (int k = first; k < last - 1; k++) {
            if (gazetteer.isTitle(d.token(k))) {
                nameStart = k + 1;
            }
        }
        if (gazetteer.isTitle(d.token(last - 1)) && (nameStart == last - 1 || last - first == 1)) {
            nameStart = last;
        }
        // a two-word place before the title ("North Korean leader"): find the longest leading place
        int placeEnd = leadingPlaceEnd(d, first, Math.max(nameStart, first + 1));
        if (placeEnd > first && placeEnd < last && nameStart <= first) {
            String p = gazetteer.place(d.text.substring(d.token(first).begin(), d.token(placeEnd - 1).end()));
            out.add(new Name(new TokenSpan(first, placeEnd), new TokenSpan(first, placeEnd), null, Name.PLACE, p));
            out.addAll(classify(d, placeEnd, last));
            return out;
        }
        if (nameStart >= last) {
            // only a role: "Foreign Minister"; or a lone place word inside
            out.add(new Name(new TokenSpan(first, last), new TokenSpan(first, last), null, Name.OTHER, text));
            return out;
        }
        int roleStart = roleStart(d, first, nameStart);
        TokenSpan role = roleStart < nameStart ? new TokenSpan(roleStart, nameStart) : null;
        int nameTokens = last - nameStart;
        String name = d.text.substring(d.token(nameStart).begin(), d.token(last - 1).end());
        boolean person = role != null && hasTitle(d, role) || nameTokens >= 2 && nameTokens <= 4 && !isAcronym(d, nameStart, last);
        out.add(new Name(new TokenSpan(role == null ? nameStart : roleStart, last), new TokenSpan(nameStart, last), role,
                person ? Name.PERSON : Name.OTHER, name));
        return out;
    }

    private boolean hasTitle(Document d, TokenSpan role) {
        for (int k = role.first(); k < role.last(); k++) {
            if (gazetteer.isTitle(d.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** Extends a role to the left over title words, places and possessive places: "South Korea's Defense Minister". */
    private int roleStart(Document d, int first, int nameStart) {
        int start = first;
        if (nameStart == first) {
            // the title may be lower case before the run: "NATO spokesperson Farah Dakhlallah"
            int k = first - 1;
            while (k >= 0 && !d.token(k + 1).lineStart() && d.token(k).isWord() && !d.token(k).capitalized()
                    && gazetteer.isTitle(d.token(k)) && !words.isFunctionWord(d.token(k))) {
                k--;
            }
            if (k == first - 1) {
                return first;
            }
            start = k + 1;
            while (k >= 0 && !d.token(k + 1).lineStart() && d.token(k).capitalized() && !words.isFunctionWord(d.token(k))) {
                k--;
            }
            start = k + 1;
            first = start;
        }
        // a possessive before: "South Korea's Defense Minister"
        int k = first - 1;
        if (k >= 1 && d.token(k).is("'s") && d.token(k - 1).capitalized()) {
            int m = k - 1;
            while (m >= 0 && d.token(m).capitalized() && !words.isFunctionWord(d.token(m)) && !d.token(m + 1).lineStart() && k - m < 4) {
                m--;
            }
            String possessor = d.text.substring(d.token(m + 1).begin(), d.token(k - 1).end());
            if (gazetteer.place(possessor) != null || isAcronym(d, m + 1, k)) {
                start = m + 1;
            }
        }
        return start;
    }

    private int leadingPlaceEnd(Document d, int first, int limit) {
        int best = first;
        String acc = "";
        for (int k = first; k < limit && k - first < 4; k++) {
            acc = acc.isEmpty() ? d.token(k).text() : acc + " " + d.token(k).text();
            if (gazetteer.place(acc) != null) {
                best = k + 1;
            }
        }
        return best;
    }

    private boolean hasOrganisationWord(Document d, int first, int last) {
        for (int k = first; k < last; k++) {
            Token t = d.token(k);
            if (gazetteer.isOrganisationWord(t.lower()) && !(k == first && last - first > 1 && gazetteer.isTitle(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(Document d, int first, int last) {
        return last - first == 1 && d.token(first).allCaps() && d.token(first).text().length() <= 6;
    }
}
