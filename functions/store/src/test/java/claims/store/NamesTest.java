package claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keysIgnoreCaseAccentsStopsAndALeadingThe() {
        assertEquals("alexander lukashenko", Names.key("  Alexander   LUKASHENKO "));
        assertEquals("us government", Names.key("The U.S. government"));
        assertEquals("south korea's intelligence agency", Names.key("South Korea\u2019s intelligence agency"));
        assertEquals("francois hollande", Names.key("Fran\u00e7ois Hollande"));
        assertEquals("", Names.key(" ?! "));
    }

    @Test
    void aPersonIsAlsoFoundBySurnameButAnOrganisationIsNot() {
        assertEquals(Set.of("alexander lukashenko", "lukashenko"), Names.nameKeys("Alexander Lukashenko"));
        assertEquals(Set.of("ursula von der leyen", "von der leyen"), Names.nameKeys("Ursula von der Leyen"));
        assertEquals(Set.of("south korea's intelligence agency"), Names.nameKeys("South Korea's intelligence agency"));
        assertEquals(Set.of("north atlantic council"), Names.nameKeys("North Atlantic Council"));
        assertEquals(Set.of("nato"), Names.nameKeys("NATO"));
        assertNull(Names.surname("The U.S. government"));
    }

    @Test
    void mentionsThatNameTheClaimantAreKeysTooButPronounsAreNot() {
        assertEquals(Set.of("alexander lukashenko", "lukashenko", "belarusian president alexander lukashenko"),
                Names.claimantKeys("Alexander Lukashenko", List.of("Belarusian President Alexander Lukashenko", "He",
                        "Lukashenko")));
        assertEquals(Set.of("south korea's intelligence agency"),
                Names.claimantKeys("South Korea's intelligence agency", List.of("The agency")));
    }
}
