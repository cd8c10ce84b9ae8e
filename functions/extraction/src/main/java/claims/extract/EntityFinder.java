package claims.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists what a claim is about: the people, organisations and places named in its content, by canonical
 * name ("North Korea" also for "North Korean", "Alexander Lukashenko" also for "Lukashenko").
 */
final class EntityFinder {

    /** The names of one article, ready to be looked up by span. */
    static final class Index {
        private final List<Name> names;
        private final Map<String, String> fullNameBySurname = new HashMap<>();
        private final Document d;

        Index(Document d, List<Name> names) {
            this.d = d;
            this.names = names;
            for (Name n : names) {
                if (n.type().equals(Name.PERSON) && n.name().last() - n.name().first() >= 2) {
                    fullNameBySurname.putIfAbsent(d.token(n.name().last() - 1).lower(), n.canonical());
                }
            }
        }

        List<Entity> within(TokenSpan span) {
            Map<String, Entity> out = new LinkedHashMap<>();
            int at = firstFrom(span.first());
            for (int k = at; k < names.size(); k++) {
                Name n = names.get(k);
                if (n.name().first() >= span.last()) {
                    break;
                }
                if (n.name().last() > span.last()) {
                    continue;
                }
                Entity e = entity(n);
                if (e != null) {
                    out.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
                }
            }
            return new ArrayList<>(out.values());
        }

        private int firstFrom(int token) {
            int lo = 0;
            int hi = names.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (names.get(mid).name().first() < token) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private Entity entity(Name n) {
            int size = n.name().last() - n.name().first();
            switch (n.type()) {
                case Name.PERSON -> {
                    String full = size == 1 ? fullNameBySurname.get(d.token(n.name().first()).lower()) : null;
                    return new Entity(full != null ? full : n.canonical(), Name.PERSON);
                }
                case Name.ORGANISATION, Name.PLACE -> {
                    return new Entity(n.canonical(), n.type());
                }
                default -> {
                    if (n.role() == null && size == 1) {
                        String full = fullNameBySurname.get(d.token(n.name().first()).lower());
                        if (full != null) {
                            return new Entity(full, Name.PERSON);
                        }
                    }
                    return n.canonical().isEmpty() ? null : new Entity(n.canonical(), Name.OTHER);
                }
            }
        }
    }
}
