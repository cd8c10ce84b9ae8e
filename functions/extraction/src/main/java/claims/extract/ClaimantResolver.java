package claims.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives each source its canonical name across the article. Keeps, for one article, the people and
 * organisations named so far; a pronoun goes to the one last referred to (he/she: a person; they/it: a group),
 * a surname to the full name ("Lukashenko": "Alexander Lukashenko"), a description to the latest one whose
 * names and roles hold all its words ("the South Korean defense minister": Kim Yong Hyun, named earlier as
 * "South Korea's Defense Minister Kim Yong Hyun"; "the agency"). Nobody is invented: a mention that
 * matches nothing is named as written.
 */
final class ClaimantResolver {

    /** how many earlier sightings a pronoun or description looks back through */
    private static final int LOOK_BACK = 300;
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "them");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");

    private final FunctionWords words;
    private final Gazetteer gazetteer;
    private final NounPhrases phrases;
    private final FirstNames firstNames;

    ClaimantResolver(FunctionWords words, Gazetteer gazetteer, NounPhrases phrases, FirstNames firstNames) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.phrases = phrases;
        this.firstNames = firstNames;
    }

    /** Someone or something the article refers to. */
    private static final class Referent {
        /** the canonical name; a source's own wording replaces the wording of a name merely seen in the text */
        String name;
        /** whether the name so far comes only from the text, not from a source mention */
        boolean seenOnly;
        String role;
        final String type;
        final Set<String> words = new HashSet<>();
        /** 'f' or 'm' when the first name or a pronoun tells, else 0 */
        char sex;

        Referent(String name, String role, String type) {
            this.name = name;
            this.role = role;
            this.type = type;
        }
    }

    /** A referent seen at a token: named there, or resolved there as a source. */
    private record Sighting(int position, Referent referent, boolean source) {
    }

    /**
     * The claimants of attributions and the sources that relay them, each list in the attributions' order,
     * null where there is none.
     */
    record Resolution(List<Claimant> claimants, List<Claimant> relays) {
    }

    Resolution resolve(Document d, List<Name> names, List<Attribution> attributions, Nesting nesting) {
        return new Tracker(d, names, nesting).resolveAll(attributions);
    }

    private final class Tracker {
        private final Document d;
        private final List<Name> names;
        private final Map<String, Referent> byName = new HashMap<>();
        private final Map<String, Referent> bySurname = new HashMap<>();
        /** names as written, by position */
        private final List<Sighting> named = new ArrayList<>();
        /** sources as resolved, by position (they are resolved in text order) */
        private final List<Sighting> sourced = new ArrayList<>();
        private final Nesting nesting;

        Tracker(Document d, List<Name> names, Nesting nesting) {
            this.d = d;
            this.names = names;
            this.nesting = nesting;
            for (Name n : names) {
                if (n.type().equals(Name.PERSON) && n.name().last() - n.name().first() >= 2) {
                    String surname = d.token(n.name().last() - 1).lower();
                    Referent r = referent(n.canonical(), roleText(n), Name.PERSON);
                    addWords(r, n.span());
                    bySurname.putIfAbsent(surname, r);
                }
            }
            for (Name n : names) {
                Referent r = switch (n.type()) {
                    case Name.PERSON -> n.name().last() - n.name().first() >= 2 ? byName.get(n.canonical().toLowerCase(Locale.ROOT)) : surnameOrNew(n);
                    case Name.ORGANISATION -> seen(referent(n.canonical(), null, Name.ORGANISATION));
                    case Name.OTHER -> bySurname.get(d.token(n.name().last() - 1).lower());
                    default -> null;
                };
                if (r != null) {
                    addWords(r, n.span());
                    if (r.role == null && n.role() != null) {
                        r.role = roleText(n);
                    }
                    named.add(new Sighting(n.name().first(), r, false));
                }
            }
            named.sort(Comparator.comparingInt(Sighting::position));
        }

        /** The referents sighted before {@code position}, latest first, at most {@link #LOOK_BACK} of them. */
        private List<Sighting> before(int position) {
            List<Sighting> out = new ArrayList<>();
            int a = lastBefore(named, position);
            int b = lastBefore(sourced, position);
            while ((a >= 0 || b >= 0) && out.size() < LOOK_BACK) {
                if (b < 0 || a >= 0 && named.get(a).position() > sourced.get(b).position()) {
                    out.add(named.get(a--));
                } else {
                    out.add(sourced.get(b--));
                }
            }
            return out;
        }

        private int lastBefore(List<Sighting> list, int position) {
            int lo = 0;
            int hi = list.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (list.get(mid).position() < position) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }

        private Referent surnameOrNew(Name n) {
            Referent r = bySurname.get(d.token(n.name().last() - 1).lower());
            return r != null ? r : referent(n.canonical(), roleText(n), Name.PERSON);
        }

        private String roleText(Name n) {
            return n.role() == null ? null : d.span(n.role().first(), n.role().last()).text();
        }

        private Referent seen(Referent r) {
            if (r.words.isEmpty()) {
                r.seenOnly = true;
            }
            return r;
        }

        /** The referent of a name, keyed without case and without a leading "the" ("The Daily Courier" is "Daily Courier"). */
        private Referent referent(String name, String role, String type) {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.startsWith("the ")) {
                key = key.substring(4);
            }
            return byName.computeIfAbsent(key, k -> {
                Referent r = new Referent(name, role, type);
                if (type.equals(Name.PERSON)) {
                    int space = name.indexOf(' ');
                    r.sex = firstNames.sexOf(space > 0 ? name.substring(0, space) : name);
                }
                return r;
            });
        }

        Resolution resolveAll(List<Attribution> attributions) {
            Integer[] order = new Integer[attributions.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingInt(k -> position(attributions.get(k))));
            Claimant[] out = new Claimant[attributions.size()];
            Claimant[] relays = new Claimant[attributions.size()];
            for (int k : order) {
                Attribution a = attributions.get(k);
                if (a.relay() != null) {
                    relays[k] = resolve(a.relay());
                }
                if (a.source() != null) {
                    out[k] = resolve(a.source());
                }
            }
            // "I" and "we" inside a quotation are its speaker
            for (int k = 0; k < out.length; k++) {
                Attribution a = attributions.get(k);
                if (out[k] != null && a.source().last() - a.source().first() == 1
                        && FIRST_PERSON.contains(d.token(a.source().first()).lower())) {
                    Claimant speaker = speakerAround(attributions, out, a.source().first(), k);
                    if (speaker != null) {
                        out[k] = new Claimant(speaker.name(), speaker.role(), out[k].mention());
                    }
                }
            }
            return new Resolution(Arrays.asList(out), Arrays.asList(relays));
        }

        private int position(Attribution a) {
            return a.source() != null ? a.source().first() : a.cue().first();
        }

        private Claimant speakerAround(List<Attribution> attributions, Claimant[] resolved, int token, int self) {
            Claimant best = null;
            int bestSize = Integer.MAX_VALUE;
            for (int k : nesting.holding(token)) {
                Attribution a = attributions.get(k);
                if (k != self && resolved[k] != null && a.content().contains(token) && d.quotes.around(token) != null
                        && a.content().last() - a.content().first() < bestSize && !a.source().contains(token)) {
                    best = resolved[k];
                    bestSize = a.content().last() - a.content().first();
                }
            }
            return best;
        }

        private Claimant resolve(TokenSpan source) {
            Span mention = d.span(source.first(), source.last());
            Token first = d.token(source.first());
            int size = source.last() - source.first();
            if (size == 1 && (phrases.isSubjectPronoun(first) || words.is(first, WordClass.OBJ))) {
                Referent r = pronoun(first);
                return r == null ? new Claimant(mention.text(), null, mention) : sighted(r, source.first(), mention);
            }
            if (size == 1 && NounPhrases.isRelativePronoun(first)) {
                int p = source.first() - 1;
                while (p >= 0 && (d.token(p).isPunct(',') || d.token(p).isPunct(')'))) {
                    p--;
                }
                Sentence s = d.sentenceOf(source.first());
                int start = p >= s.first() ? phrases.startBefore(d, p + 1, s.first()) : -1;
                if (start >= 0 && !NounPhrases.isRelativePronoun(d.token(start))) {
                    Claimant c = resolve(new TokenSpan(start, p + 1));
                    return new Claimant(c.name(), c.role(), mention);
                }
                return new Claimant(mention.text(), null, mention);
            }
            int coreEnd = source.first();
            // the core ends at an apposition, a parenthesis or a relative clause ("economists who favor the tax")
            while (coreEnd < source.last() && !d.token(coreEnd).isPunct(',') && !d.token(coreEnd).isPunct('(')
                    && !(coreEnd > source.first() && (d.token(coreEnd).is("who") || d.token(coreEnd).is("whose")))) {
                coreEnd++;
            }
            if (coreEnd == source.first() || isListOfNames(source, coreEnd)) {
                coreEnd = source.last(); // "Carson, Fiorina and Huckabee": a group, not a name with an apposition
            }
            TokenSpan core = new TokenSpan(source.first(), coreEnd);
            String apposition = appositionRole(source, coreEnd);
            Name last = lastNameIn(core);
            Referent person = personNamed(last, core);
            if (person != null) {
                String role = last.role() != null ? roleText(last) : apposition != null ? apposition : person.role;
                if (person.role == null) {
                    person.role = role;
                }
                addWords(person, source);
                return sighted(person, source.first(), mention, role);
            }
            if (coreEnd + 1 < wordEnd(source)) {
                // "The café's owner, José Nuñez,": the name is in the apposition, the description is the role
                TokenSpan apposed = new TokenSpan(coreEnd + 1, wordEnd(source));
                Referent named = personNamed(lastNameIn(apposed), apposed);
                if (named != null && !apposed.isEmpty()) {
                    String role = roleFromDescription(core);
                    if (named.role == null) {
                        named.role = role;
                    }
                    addWords(named, source);
                    return sighted(named, source.first(), mention, role);
                }
            }
            if (isDescription(core)) {
                Referent r = described(core);
                if (r != null) {
                    addWords(r, source);
                    return sighted(r, source.first(), mention, r.role);
                }
            }
            String canonical = canonical(core, last);
            String type = last != null && last.type().equals(Name.ORGANISATION) ? Name.ORGANISATION : Name.OTHER;
            Referent r = referent(canonical, apposition, type);
            if (r.seenOnly) {
                r.name = canonical; // the source's wording: "The Daily Courier" rather than "Daily Courier"
                r.seenOnly = false;
            }
            addWords(r, source);
            return sighted(r, source.first(), mention, r.role);
        }

        /** The person a mention ending with a name stands for: the full name for a surname ("Austin"). */
        private Referent personNamed(Name last, TokenSpan core) {
            if (last == null || last.name().last() != wordEnd(core)) {
                return null;
            }
            int size = last.name().last() - last.name().first();
            if (size == 1) {
                Referent r = bySurname.get(d.token(last.name().first()).lower());
                if (r != null) {
                    return r;
                }
            } else if (last.type().equals(Name.PERSON)) {
                Referent r = byName.get(last.canonical().toLowerCase(Locale.ROOT));
                if (r != null) {
                    return r;
                }
            }
            return last.type().equals(Name.PERSON) ? referent(last.canonical(), roleText(last), Name.PERSON) : null;
        }

        private int wordEnd(TokenSpan span) {
            int end = span.last();
            while (end > span.first() && !(d.token(end - 1).isWord() || d.token(end - 1).type() == TokenType.NUMBER)) {
                end--;
            }
            return end;
        }

        private Claimant sighted(Referent r, int position, Span mention) {
            return sighted(r, position, mention, r.role);
        }

        private Claimant sighted(Referent r, int position, Span mention, String role) {
            sourced.add(new Sighting(position, r, true));
            return new Claimant(r.name, role, mention);
        }

        /** A description as a role: "the café's owner" gives "café's owner". */
        private String roleFromDescription(TokenSpan core) {
            int k = core.first();
            if (d.token(k).is("the") || d.token(k).is("a") || d.token(k).is("an")) {
                k++;
            }
            int end = wordEnd(core);
            return end > k ? d.span(k, end).text() : null;
        }

        /** Whether the words after the comma at {@code comma} go on listing names up to a final "and": "Fiorina and Huckabee". */
        private boolean isListOfNames(TokenSpan source, int comma) {
            if (comma + 1 >= source.last()) {
                return false;
            }
            Token next = d.token(comma + 1);
            if (!next.capitalized() || words.isFunctionWord(next) || gazetteer.isTitle(next)) {
                return false;
            }
            for (int k = comma + 1; k + 1 < source.last(); k++) {
                if (d.token(k).is("and")) {
                    return d.token(k + 1).capitalized();
                }
                if (!(d.token(k).capitalized() || d.token(k).isPunct(',') || d.token(k).isPunct('.'))) {
                    return false;
                }
            }
            return false;
        }

        /** The text after an apposition's comma, as a role: "John Kirby, the Director of ...". */
        private String appositionRole(TokenSpan source, int comma) {
            int k = comma + 1;
            if (k >= source.last()) {
                return null;
            }
            if (d.token(k).is("who") || d.token(k).is("which") || d.token(k).is("as")) {
                return null; // a clause, not a role
            }
            if (d.token(k).is("the") || d.token(k).is("a") || d.token(k).is("an")) {
                k++;
            }
            int end = source.last();
            while (end > k && !(d.token(end - 1).isWord() || d.token(end - 1).type() == TokenType.NUMBER)) {
                end--;
            }
            return end > k && end - k <= 16 ? d.span(k, end).text() : null;
        }

        private Name lastNameIn(TokenSpan core) {
            Name found = null;
            int lo = 0;
            int hi = names.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (names.get(mid).name().first() < core.first()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < names.size(); i++) {
                Name n = names.get(i);
                if (n.span().first() >= core.last()) {
                    break;
                }
                if (n.name().first() >= core.first() && n.name().last() <= core.last()) {
                    found = n;
                }
            }
            return found;
        }

        /**
         * The canonical name of a mention that is no person: a proper name with generic words after it gives
         * the proper name ("South Korea's Yonhap news agency": "Yonhap"); otherwise the mention as written.
         */
        private String canonical(TokenSpan core, Name last) {
            int end = core.last();
            while (end > core.first() && !(d.token(end - 1).isWord() || d.token(end - 1).type() == TokenType.NUMBER)) {
                end--;
            }
            if (end <= core.first()) {
                return d.span(core.first(), core.last()).text();
            }
            if (last != null && !last.type().equals(Name.PLACE) && last.name().last() < end && last.name().first() > core.first()) {
                boolean generic = true;
                for (int k = last.name().last(); k < end; k++) {
                    generic &= !d.token(k).capitalized() && d.token(k).isWord() && !words.isFunctionWord(d.token(k));
                }
                if (generic) {
                    return last.canonical();
                }
            }
            if (end - core.first() > 1 && d.token(end - 1).is("'s")) {
                end--; // "The company's claim": the company
            }
            return d.span(core.first(), end).text();
        }

        /** "the agency", "the South Korean defense minister": a determiner and common nouns, maybe with places. */
        private boolean isDescription(TokenSpan core) {
            Token first = d.token(core.first());
            if (!(first.is("the") || first.is("this") || first.is("that"))) {
                return false;
            }
            Token head = d.token(core.last() - 1);
            return core.last() - core.first() >= 2 && head.isWord() && !head.capitalized();
        }

        private Referent described(TokenSpan core) {
            List<String> wanted = new ArrayList<>();
            for (int k = core.first() + 1; k < core.last(); k++) {
                Token t = d.token(k);
                if (t.isWord() && !words.isFunctionWord(t) && !t.is("'s") && !t.is("former") && !t.is("current")) {
                    wanted.addAll(normalized(t.text()));
                }
            }
            if (wanted.isEmpty()) {
                return null;
            }
            String head = wanted.get(wanted.size() - 1);
            Set<String> markers = gazetteer.markersOf(head);
            List<String> rest = wanted.subList(0, wanted.size() - 1);
            for (Sighting seen : before(core.first())) {
                Referent r = seen.referent();
                if (r.words.containsAll(wanted)) {
                    return r;
                }
                // "the newspaper" for The Daily Courier: a name with a newspaper's marker word
                if (!markers.isEmpty() && !r.type.equals(Name.PERSON) && r.words.containsAll(rest)
                        && r.words.stream().anyMatch(markers::contains)) {
                    return r;
                }
            }
            return null;
        }

        private Referent pronoun(Token t) {
            String w = t.lower();
            boolean person = PERSON_PRONOUNS.contains(w);
            boolean group = GROUP_PRONOUNS.contains(w);
            if (!person && !group) {
                return null;
            }
            // sentence by sentence back from the pronoun: in each, a source, else the first one named there (most
            // often the subject: "Chris Shays was for John Kasich ..., he said" is Shays); the nearest sentence wins
            int sentence = d.sentenceOf(t.index()).index();
            Referent firstNamed = null;
            Referent lastSource = null;
            int at = sentence;
            for (Sighting seen : before(t.index())) {
                if (t.index() - seen.position() > 400) {
                    break;
                }
                int in = d.sentenceOf(seen.position()).index();
                if (in != at) {
                    if (lastSource != null || firstNamed != null) {
                        break;
                    }
                    at = in;
                }
                Referent r = seen.referent();
                boolean isPerson = r.type.equals(Name.PERSON);
                char sex = w.equals("she") ? 'f' : w.equals("he") || w.equals("him") ? 'm' : 0;
                if (person && isPerson && sex != 0 && r.sex != 0 && r.sex != sex) {
                    continue; // "she" is not Bernie Sanders
                }
                if (person && isPerson || group && !isPerson && (r.type.equals(Name.ORGANISATION) || plural(r.name) == w.equals("they"))) {
                    if (seen.source() && lastSource == null) {
                        lastSource = r;
                    } else if (!seen.source()) {
                        firstNamed = r;
                    }
                }
            }
            Referent found = lastSource != null ? lastSource : firstNamed;
            if (found != null && found.sex == 0 && person) {
                found.sex = w.equals("she") ? 'f' : 'm';
            }
            return found;
        }

        /** A rough test for a plural noun phrase: "allies", "Democrats", "the agencies". */
        private boolean plural(String name) {
            String w = name.toLowerCase(Locale.ROOT);
            return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("us");
        }

        private void addWords(Referent r, TokenSpan span) {
            for (int k = span.first(); k < span.last(); k++) {
                Token t = d.token(k);
                if (t.isWord() && !words.isFunctionWord(t)) {
                    r.words.addAll(normalized(t.text()));
                }
            }
            if (r.role != null) {
                for (String w : r.role.split("[\\s,]+")) {
                    r.words.addAll(normalized(w));
                }
            }
        }

        /** A word in lower case, with a people's word also as its place's words ("Korean": "korea"). */
        private List<String> normalized(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            String place = gazetteer.place(word);
            List<String> out = new ArrayList<>(2);
            out.add(w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            if (place != null && !place.equalsIgnoreCase(word)) {
                // a people's word stands for its place: "Korean" for "korea"
                out.clear();
                for (String p : place.toLowerCase(Locale.ROOT).split(" ")) {
                    out.add(p);
                }
            }
            return out;
        }
    }
}
