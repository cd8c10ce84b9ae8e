package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources resolved to one canonical name across an article. */
class ClaimantResolutionTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static Claim byCue(List<Claim> claims, String cue) {
        List<Claim> found = claims.stream().filter(c -> c.cue() != null && c.cue().text().equals(cue)).toList();
        assertEquals(1, found.size(), "claims with cue '" + cue + "' in " + claims);
        return found.get(0);
    }

    @Test
    void pronounsGoToThePersonLastReferredTo() {
        List<Claim> claims = EXTRACTOR.extract("Chilean President Gabriel Torres rejected the report. He told the press that it was false. "
                + "Maria Costa, the opposition leader, disagreed. She said the report was accurate.");
        Claim told = byCue(claims, "told");
        assertEquals("Gabriel Torres", told.claimant().name());
        assertEquals("He", told.claimant().mention().text());
        assertEquals("Chilean President", told.claimant().role());
        assertEquals("Maria Costa", byCue(claims, "said").claimant().name());
    }

    @Test
    void surnamesGoToTheFullName() {
        List<Claim> claims = EXTRACTOR.extract("Finance Minister Jonas Berg presented the budget. "
                + "\"It is balanced,\" Berg said.");
        Claim said = byCue(claims, "said");
        assertEquals("Jonas Berg", said.claimant().name());
        assertEquals("Berg", said.claimant().mention().text());
        assertEquals("Finance Minister", said.claimant().role());
    }

    @Test
    void descriptionsGoToTheEntityNamedWithThatRole() {
        List<Claim> claims = EXTRACTOR.extract("Norway's Foreign Minister Ingrid Dahl arrived in Rome. "
                + "\"We want peace,\" the Norwegian foreign minister said.");
        assertEquals("Ingrid Dahl", byCue(claims, "said").claimant().name());
    }

    @Test
    void theAgencyAndTheNewspaper() {
        List<Claim> claims = EXTRACTOR.extract("Kenya's weather agency says that rains will come early. "
                + "The Daily Courier reported the same. The agency also warned that rivers could flood. "
                + "The newspaper said farmers were ready.");
        assertEquals("Kenya's weather agency", byCue(claims, "also warned").claimant().name());
        assertEquals("The Daily Courier", byCue(claims, "said").claimant().name());
    }

    @Test
    void organisationsKeepTheirNameAndAProperNameInsideALongerMention() {
        List<Claim> claims = EXTRACTOR.extract("Brazil's Folha news agency reported that the dam broke. "
                + "The European Union has warned that aid will stop. NATO confirmed the move.");
        assertEquals("Folha", byCue(claims, "reported").claimant().name());
        assertEquals("The European Union", byCue(claims, "has warned").claimant().name());
        assertEquals("NATO", byCue(claims, "confirmed").claimant().name());
    }

    @Test
    void anUnresolvablePronounStaysAsWritten() {
        Claim c = byCue(EXTRACTOR.extract("They said the market would recover."), "said");
        assertEquals("They", c.claimant().name());
    }
}
