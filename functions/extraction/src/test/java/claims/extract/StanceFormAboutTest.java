package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stance, form, the entities a claim is about and the quantities it states. */
class StanceFormAboutTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static Claim only(String text) {
        List<Claim> claims = EXTRACTOR.extract(text);
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }

    @Test
    void denials() {
        assertEquals(Stance.DENY, only("The ministry denied that troops had crossed the border.").stance());
        assertEquals(Stance.DENY, only("The mayor said the story was \"nonsense.\"").stance());
        assertEquals(Stance.DENY, only("Neither the police nor the army had ever fired a shot, the general said.").stance());
        assertEquals(Stance.DENY, only("The spokesman rejected the report.").stance());
    }

    @Test
    void doubts() {
        assertEquals(Stance.DOUBT, only("Critics question whether the plan will work.").stance());
        assertEquals(Stance.DOUBT, only("\"We do not yet know who fired first,\" the officer said.").stance());
        assertEquals(Stance.DOUBT, only("Economists doubt that the cut will help.").stance());
    }

    @Test
    void concerns() {
        assertEquals(Stance.CONCERN, only("Doctors warned that the virus could spread.").stance());
        assertEquals(Stance.CONCERN, only("\"This is a very serious issue,\" the senator said.").stance());
        assertEquals(Stance.CONCERN, only("The move would be a significant escalation, the minister said.").stance());
    }

    @Test
    void assertsOtherwise() {
        assertEquals(Stance.ASSERT, only("The ministry said that exports rose by 4 percent.").stance());
    }

    @Test
    void forms() {
        assertEquals(Form.DIRECT, only("\"Exports rose,\" the ministry said.").form());
        assertEquals(Form.INDIRECT, only("The ministry said exports rose.").form());
        assertEquals(Form.MIXED, only("The ministry said exports had \"soared\" this year.").form());
    }

    @Test
    void aboutNamesPeopleOrganisationsAndPlaces() {
        Claim c = only("The report said North Korean troops met Russian President Vladimir Putin and NATO officials in Minsk.");
        List<Entity> about = c.about();
        assertTrue(about.contains(new Entity("North Korea", "place")), about.toString());
        assertTrue(about.contains(new Entity("Vladimir Putin", "person")), about.toString());
        assertTrue(about.contains(new Entity("NATO", "organisation")), about.toString());
        assertTrue(about.contains(new Entity("Minsk", "place")), about.toString());
    }

    @Test
    void quantities() {
        Claim c = only("The agency said that 3,000 soldiers, 1.2 million rounds and 40% of the fuel were sent for $2 billion.");
        List<Quantity> q = c.quantities();
        assertTrue(q.contains(new Quantity(Span.of("", 0, 0), 0, null)) || true);
        assertEquals(3000, q.get(0).value());
        assertEquals("soldiers", q.get(0).unit());
        assertEquals("3,000 soldiers", q.get(0).span().text());
        assertEquals(1_200_000, q.get(1).value());
        assertEquals("rounds", q.get(1).unit());
        assertEquals(40, q.get(2).value());
        assertEquals("percent", q.get(2).unit());
        assertEquals(2e9, q.get(3).value());
        assertEquals("dollars", q.get(3).unit());
    }
}
