package claims.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the claims reported inside another claim's content, which are part of that claim: "Clinton said the
 * senator had attacked the plan", "the poll found 60 percent say ...", "X said Y, according to Z". The one kind
 * kept is speech relayed by an organisation, which names the original speaker ("Yonhap stated that the minister
 * accused ..."): the claim keeps the organisation as its relay.
 */
final class InnerClaims {

    private final Gazetteer gazetteer;

    InnerClaims(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Attribution> without(Document d, List<Attribution> all) {
        Nesting nesting = new Nesting(all);
        List<Attribution> out = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            if (!isInsideAnother(d, all, nesting, k)) {
                out.add(all.get(k));
            }
        }
        return out;
    }

    /** Whether claim {@code self} stands inside the content of another claim that takes it in. */
    private boolean isInsideAnother(Document d, List<Attribution> all, Nesting nesting, int self) {
        Attribution a = all.get(self);
        boolean speech = isSpeech(d, a);
        for (int k : nesting.holding(a.cue().head())) {
            Attribution o = all.get(k);
            // '"A," Obama said, according to a pool report': the same words, reported by the relay
            boolean relayed = o.content().equals(a.content()) && o.cue().kind() == CueKind.ACCORDING_TO
                    && a.cue().kind() != CueKind.ACCORDING_TO;
            // "asked whether he would support Trump if he is the nominee": a view, wish or stance that opens inside
            // another claim's content is part of it even where its own content runs on past that one's end
            boolean ends = o.content().last() >= a.content().last() || !speech;
            boolean holds = k != self && o.content().first() <= a.content().first() && ends
                    && (!o.content().equals(a.content()) || relayed);
            if (holds && !(speech && isSpeech(d, o) && isOrganisation(d, o.source())) && !isAsideOfAttribution(d, a, o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * '"A," Trump said, referring to Cruz. "B."': a participle clause after the speech verb of a quotation that goes on
     * past its attribution says something of its own (what the speaker referred to, added, noted), as does an
     * unattributed "when asked about ...": the quotation's content holds it only because it spans the attribution.
     */
    private static boolean isAsideOfAttribution(Document d, Attribution inner, Attribution outer) {
        boolean spansAttribution = outer.content().first() < outer.cue().first() && outer.content().last() > outer.cue().last();
        boolean aside = inner.cue().kind() == CueKind.PARTICIPLE || inner.cue().kind() == CueKind.VERB && inner.source() == null;
        return spansAttribution && aside && inner.cue().first() >= outer.cue().last() && d.quotes.around(inner.cue().head()) == null;
    }

    /** A report of what was said, by a verb: "said", "told", "accused"; not a belief, wish or stance. */
    private static boolean isSpeech(Document d, Attribution a) {
        CueKind kind = a.cue().kind();
        return (kind == CueKind.VERB || kind == CueKind.PARTICIPLE) && a.cue().reportsSpeech();
    }

    /**
     * Whether a source names an organisation by its head word: "South Korea's Yonhap news agency", "The agency", "The
     * Journal"; not a person described by one ("Tom Fitton, the president of Judicial Watch", "campaign director Jo
     * Lee"): what a person says of someone's words is part of the person's claim.
     */
    private boolean isOrganisation(Document d, TokenSpan source) {
        if (source == null) {
            return false;
        }
        int head = -1;
        for (int k = source.first(); k < source.last() && !endsHead(d.token(k)); k++) {
            if (d.token(k).isWord()) {
                head = k;
            }
        }
        return head >= 0 && gazetteer.isOrganisationWord(d.token(head).lower());
    }

    /** Where the head noun phrase of a source ends: at an apposition, a parenthesis, an "of" or a relative clause. */
    private static boolean endsHead(Token t) {
        return t.isPunct(',') || t.isPunct('(') || t.type() == TokenType.DASH || t.is("of") || t.is("who") || t.is("which");
    }
}
