package claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each attribution construction of the product spec, on small hand-written sentences. */
class ConstructionsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static List<Claim> claims(String text) {
        List<Claim> claims = EXTRACTOR.extract(text);
        claims.forEach(c -> OffsetsTest.assertSpansConsistent(text, c));
        return claims;
    }

    /** The one claim whose cue reads {@code cue}. */
    private static Claim byCue(List<Claim> claims, String cue) {
        List<Claim> found = claims.stream().filter(c -> c.cue() != null && c.cue().text().equals(cue)).toList();
        assertEquals(1, found.size(), "claims with cue '" + cue + "' in " + claims);
        return found.get(0);
    }

    private static String claimant(Claim c) {
        return c.claimant() == null ? null : c.claimant().name();
    }

    @Test
    void directQuoteWithSpeakerAfter() {
        Claim c = byCue(claims("\"The bridge will open in May,\" the mayor said."), "said");
        assertEquals("The bridge will open in May", c.content().text());
        assertEquals("the mayor", claimant(c));
        assertEquals(Form.DIRECT, c.form());
    }

    @Test
    void directQuoteWithInvertedSpeaker() {
        Claim c = byCue(claims("\"Prices will fall,\" said Anna Berg, an economist at the central bank."), "said");
        assertEquals("Prices will fall", c.content().text());
        assertEquals("Anna Berg", claimant(c));
        assertEquals("Anna Berg, an economist at the central bank", c.claimant().mention().text());
        assertEquals("economist at the central bank", c.claimant().role());
    }

    @Test
    void directQuoteWithSpeakerBeforeAndColon() {
        Claim c = byCue(claims("The coach said: \"We played badly.\""), "said");
        assertEquals("We played badly.", c.content().text());
        assertEquals(Form.DIRECT, c.form());
        Claim colon = byCue(claims("Lukashenko: \"It's nonsense\""), ":");
        assertEquals("Lukashenko", claimant(colon));
        assertEquals(Stance.DENY, colon.stance());
    }

    @Test
    void splitQuoteIsOneClaim() {
        List<Claim> claims = claims("\"The economy,\" the minister said, \"is stronger than ever.\"");
        Claim c = byCue(claims, "said");
        // one span from the first quoted word to the last: the attribution between them stays, with the marks
        assertEquals("\"The economy,\" the minister said, \"is stronger than ever.\"", c.content().text());
        assertEquals(Form.DIRECT, c.form());
    }

    @Test
    void quoteSpanningSentencesAndParagraphs() {
        String text = "The senator said: \"We will win. We always win.\n\n\"And we will win again.\"";
        Claim c = byCue(claims(text), "said");
        assertTrue(c.content().text().contains("We always win"), c.content().text());
        assertTrue(c.content().text().contains("win again"), c.content().text());
        Claim continued = byCue(claims("\"We will win,\" the senator said. \"We always win.\""), "said");
        assertTrue(continued.content().text().endsWith("We always win.\""), continued.content().text());
        assertEquals(Form.DIRECT, continued.form());
    }

    @Test
    void quoteResumedAfterTheWritersWords() {
        Claim c = byCue(claims("\"The harbour is too small,\" the mayor told reporters at the pier on Friday, \"and the ships"
                + " keep getting bigger.\""), "told");
        assertTrue(c.content().text().contains("keep getting bigger"), c.content().text());
        Claim direct = byCue(claims("\"The harbour is too small,\" the mayor said \"and the ships keep getting bigger every year.\""),
                "said");
        assertTrue(direct.content().text().contains("every year"), direct.content().text());
        Claim title = byCue(claims("\"Ports decide wars,\" said Ann Lee, the author of \"The Long Harbour Of The North.\""), "said");
        assertEquals("Ports decide wars", title.content().text());
    }

    @Test
    void contentBeforeAttributionContinuedByQuote() {
        Claim c = byCue(claims("The harbour is too small, the mayor said. \"The ships keep getting bigger.\""), "said");
        assertTrue(c.content().text().startsWith("The harbour"), c.content().text());
        assertTrue(c.content().text().contains("getting bigger"), c.content().text());
        Claim led = byCue(claims("\"The harbour is too small,\" the mayor said. Worse, \"the ships keep getting bigger.\""),
                "said");
        assertTrue(led.content().text().contains("getting bigger"), led.content().text());
    }

    @Test
    void quotationEndingInCommaEndsTheContent() {
        Claim c = byCue(claims("The crowd was chanting \"No wall, no peace,\" raising fears of a clash with the police."),
                "was chanting");
        assertEquals("No wall, no peace", c.content().text());
        Claim goesOn = byCue(claims("The mayor said \"nobody\" would pay for the new pier."), "said");
        assertEquals("\"nobody\" would pay for the new pier", goesOn.content().text());
    }

    @Test
    void namingQuotationEndsBeforeTheWritersWords() {
        Claim c = byCue(claims("The mayor called the pier \"a disgrace\" and walked out of the meeting."), "called");
        assertEquals("the pier \"a disgrace\"", c.content().text());
        Claim two = byCue(claims("The mayor called the pier \"a disgrace\" and a \"waste of money.\""), "called");
        assertTrue(two.content().text().contains("waste of money"), two.content().text());
    }

    @Test
    void curlyAndTypewriterQuotes() {
        assertEquals("The plan failed because of the rain", byCue(claims("“The plan failed because of the rain,” she said."), "said")
                .content().text());
        Claim c = byCue(claims("''It was a mistake,'' Mr. Lee said."), "said");
        assertEquals("It was a mistake", c.content().text());
        assertEquals("Lee", claimant(c));
    }

    @Test
    void reportedSpeechWithAndWithoutThat() {
        List<Claim> claims = claims("The ministry says that exports rose. Analysts claim prices will rise. "
                + "The union insists wages are too low. The court disputes that the law applies.");
        assertEquals("that exports rose", byCue(claims, "says").content().text());
        assertEquals("prices will rise", byCue(claims, "claim").content().text());
        assertEquals("wages are too low", byCue(claims, "insists").content().text());
        Claim disputes = byCue(claims, "disputes");
        assertEquals("that the law applies", disputes.content().text());
        assertEquals(Stance.DENY, disputes.stance());
    }

    @Test
    void toldWithListenerAndAdverbials() {
        Claim c = byCue(claims("The governor told reporters on Monday that the road would close."), "told");
        assertEquals("that the road would close", c.content().text());
        assertEquals("The governor", claimant(c));
    }

    @Test
    void timePhraseWithAfterOrBeforeBeforeThat() {
        List<Claim> claims = claims("The mayor said after a long meeting on Friday that the bridge would reopen. "
                + "A nurse told the panel before visiting the ward that supplies were short.");
        assertEquals("that the bridge would reopen", byCue(claims, "said").content().text());
        assertEquals("that supplies were short", byCue(claims, "told").content().text());
    }

    @Test
    void accordingTo() {
        Claim after = byCue(claims("The dam is safe, according to the national water agency."), "according to");
        assertEquals("The dam is safe", after.content().text());
        assertEquals("the national water agency", after.claimant().mention().text());
        Claim before = byCue(claims("According to the police, the driver fled."), "According to");
        assertEquals("the driver fled", before.content().text());
        assertEquals("the police", before.claimant().mention().text());
    }

    @Test
    void nounCues() {
        List<Claim> claims = claims("The company's claim that sales doubled surprised investors.");
        Claim c = byCue(claims, "claim");
        assertEquals("that sales doubled", c.content().text());
        assertEquals("The company", claimant(c));
        Claim statement = byCue(claims("In a statement, the ministry said the border was open."), "said");
        assertEquals("the ministry", claimant(statement));
        assertEquals("the border was open", statement.content().text());
        assertEquals("said in a statement", byCue(claims("The ministry said in a statement that the border was open."),
                "said in a statement").cue().text());
    }

    @Test
    void multiwordCues() {
        assertEquals("that the minister resigned",
                byCue(claims("The newspaper has learned that the minister resigned."), "has learned").content().text());
        assertEquals("that the budget was late",
                byCue(claims("Senator Maria Lopez pointed out that the budget was late."), "pointed out").content().text());
        Claim concern = byCue(claims("The council has expressed concern over the closure of the clinic."),
                "has expressed concern over");
        assertEquals(Stance.CONCERN, concern.stance());
        assertEquals("the closure of the clinic", concern.content().text());
    }

    @Test
    void oneSourceSharedByTwoCues() {
        List<Claim> claims = claims("The Herald reported that the mill had closed, adding that 300 jobs were lost.");
        Claim reported = byCue(claims, "reported");
        Claim adding = byCue(claims, "adding");
        assertEquals("that the mill had closed", reported.content().text());
        assertEquals("that 300 jobs were lost", adding.content().text());
        assertEquals("The Herald", claimant(adding));
        assertEquals(reported.claimant().mention(), adding.claimant().mention());
        Claim wrote = byCue(claims("\"It is over,\" the newspaper wrote, adding that the talks had failed."), "adding");
        assertEquals("the newspaper", claimant(wrote));
    }

    @Test
    void subjectsSetOffFromTheirCue() {
        assertEquals("Ford itself", byCue(claims("Ford itself said the plant would close."), "said").claimant().mention().text());
        // a restrictive relative clause belongs to the subject's phrase; the name stops before it
        Claim agree = byCue(claims("Economists who favor consumption taxes agree that the plan works."), "agree");
        assertEquals("Economists who favor consumption taxes", agree.claimant().mention().text());
        assertEquals("Economists", claimant(agree));
        assertEquals("Mr. Mahaney, of RBC Capital Markets",
                byCue(claims("Mr. Mahaney, of RBC Capital Markets, said the shares were cheap."), "said").claimant().mention().text());
        assertEquals("a CBS poll released Monday",
                byCue(claims("Turnout will be high, according to a CBS poll released Monday."), "according to").claimant().mention().text());
        assertEquals("Lloyd Austin", byCue(claims("Their purpose remains unclear, according to Lloyd Austin during a trip to Rome."),
                "according to").claimant().mention().text());
    }

    @Test
    void participleSharesTheMainClausesSubject() {
        List<Claim> claims = claims("Christie repeated accusations that Rubio recites talking points, calling him unprepared.");
        assertEquals("Christie", claimant(byCue(claims, "calling")));
    }

    @Test
    void passiveWithAgent() {
        Claim c = byCue(claims("It was reported by Reuters that the plant had closed."), "was reported");
        assertEquals("Reuters", claimant(c));
        assertEquals("that the plant had closed", c.content().text());
    }

    @Test
    void nestedAttributionKeepsTheRelay() {
        List<Claim> claims = claims("The agency stated that Defense Minister Omar Haddad accused the rebels of shelling the town.");
        Claim accused = byCue(claims, "accused");
        assertEquals("Omar Haddad", claimant(accused));
        assertEquals(List.of("The agency"), accused.via());
        // a person described by an organisation relays nothing: the inner speech is part of what he said
        List<Claim> person = claims("Tom Hale, the director of the relief agency, said that the minister accused the rebels of lying.");
        assertTrue(person.stream().noneMatch(c -> c.cue().text().equals("accused")), person.toString());
        String quote = "\"The border is closed,\" the radio station quoted the interior minister as saying.";
        Claim quoted = claims(quote).stream().filter(c -> c.content().text().equals("The border is closed")).findFirst().orElseThrow();
        assertNotNull(quoted.claimant());
    }

    @Test
    void participleAfterTheAttributionOfAContinuedQuotationIsAClaimOfItsOwn() {
        String text = "\"We will win the county,\" the candidate said, referring to the rural vote. \"Nobody expected it.\"";
        Claim referring = byCue(claims(text), "referring to");
        assertEquals("the rural vote", referring.content().text());
        assertEquals("the candidate", claimant(referring));
        String asked = "\"I have no regrets,\" the coach said when asked about the final. \"We gave everything.\"";
        assertEquals("the final", byCue(claims(asked), "asked about").content().text());
    }

    @Test
    void callWithSingleQuotesOrAPronounAndWhatItIsCalled() {
        Claim single = byCue(claims("Senator Lee calls the harbour plan 'reckless'"), "calls");
        assertEquals("the harbour plan 'reckless'", single.content().text());
        Claim pointed = byCue(claims("The union calls this a broken promise."), "calls");
        assertEquals("this a broken promise", pointed.content().text());
    }

    @Test
    void continuedToAndACueVerbIsOneCue() {
        Claim c = byCue(claims("The minister continued to insist that the dam is safe."), "continued to insist");
        assertEquals("that the dam is safe", c.content().text());
        assertEquals("The minister", claimant(c));
    }

    @Test
    void seemWithANounPhraseOrAfterWhat() {
        assertEquals("The plan seemed a gamble", byCue(claims("The plan seemed a gamble."), "seemed").content().text());
        Claim what = byCue(claims("The vote was what appears to be a setback for the mayor."), "appears");
        assertEquals("what appears to be a setback for the mayor", what.content().text());
    }

    @Test
    void passiveViewWithNoAgentIsAnUnattributedClaim() {
        Claim accused = byCue(claims("The former treasurer was accused of hiding the losses."), "was accused of");
        assertEquals("The former treasurer was accused of hiding the losses", accused.content().text());
        assertNull(accused.claimant());
        assertTrue(claims("The treasurer has never been charged with a crime.").isEmpty());
    }

    @Test
    void asReportedByReadsAsAccordingTo() {
        Claim before = byCue(claims("As reported by the local radio, the mine will close in June."), "As reported by");
        assertEquals("the mine will close in June", before.content().text());
        assertEquals("the local radio", before.claimant().mention().text());
        Claim after = byCue(claims("The mayor will resign, as first reported by the city newspaper."), "as first reported by");
        assertEquals("The mayor will resign", after.content().text());
    }

    @Test
    void citedSourceIsTheClaimantAndTheCiterRelays() {
        String text = "Interior Minister Sara Nolan spoke on Monday. \"The border is closed,\" Reuters cited the interior minister.";
        Claim c = byCue(claims(text), "cited");
        assertEquals("Sara Nolan", claimant(c));
        assertEquals(List.of("Reuters"), c.via());
    }

    @Test
    void hedgesHaveNoClaimant() {
        List<Claim> claims = claims("Rebels reportedly seized the airport. The minister allegedly took bribes. "
                + "The storm is expected to reach the coast. The ships are claimed to carry weapons.");
        assertEquals(4, claims.size(), claims.toString());
        for (Claim c : claims) {
            assertNull(c.claimant(), c.toString());
            assertFalse(c.hedges().isEmpty(), c.toString());
        }
        assertTrue(claims.get(0).hedges().contains("reportedly"));
        assertTrue(claims.get(0).content().text().startsWith("Rebels"));
    }

    private static String mention(String text, String cue) {
        return mention(byCue(claims(text), cue));
    }

    @Test
    void subjectPastWordsTheCueLeftOut() {
        assertEquals("The unions", mention("The unions have in the past argued that wages were too low.", "argued"));
        assertEquals("The committee", mention("The committee earlier in the day touted progress on the report.", "touted"));
        assertEquals("Ms. Ruiz, the party chairwoman", mention("Ms. Ruiz, the party chairwoman, this past week announced "
                + "that the vote would be held in May.", "announced"));
    }

    @Test
    void participleSharesSubjectPastDatelineAndOpeningAdverbial() {
        assertEquals("The chancellor", mention("BERLIN (Reuters) - The chancellor visited the flooded region on Monday, "
                + "saying that help would come soon.", "saying"));
        assertEquals("the mayor", mention("Shortly after the vote, the mayor spoke to reporters, saying the budget was balanced.",
                "saying"));
    }

    @Test
    void participleSubjectStopsAtVerbAndKeepsApposition() {
        assertEquals("Governor Holt", mention("Governor Holt took the stage on Friday, promising that taxes would fall.", "promising"));
        assertEquals("Ann Dahl, the group's director", mention("Ann Dahl, the group's director, spoke on Friday, confirming "
                + "that the plant will close.", "confirming"));
    }

    @Test
    void subjectWithCoordinationAndQuantifier() {
        assertEquals("Mr. Lund and his colleagues", mention("Mr. Lund and his colleagues argued that the model was wrong.", "argued"));
        assertEquals("Many of her aides", mention("Many of her aides said the plan was dead.", "said"));
    }

    @Test
    void participleAfterObjectOfPrepositionSharesSubject() {
        assertEquals("The senator", mention("The senator made a pitch to union members saying that the trade deal was bad.", "saying"));
        assertEquals("a new poll", mention("Officials reacted quickly to a new poll showing that most residents oppose the plan.",
                "showing"));
    }

    @Test
    void participleAfterOpeningPrepositionTakesSubjectAfterComma() {
        assertEquals("the governor", mention("After talking about the budget, the governor warned that taxes would rise.",
                "talking about"));
        assertEquals("the court", mention("In rejecting the appeal, the court noted that the law was clear.", "rejecting"));
    }

    @Test
    void infinitiveAfterCausativeVerbTakesItsObject() {
        assertEquals("some", mention("The ruling led some to speculate that the law would be repealed.", "to speculate"));
    }

    @Test
    void subjectWithFractionsAuthorsAndPartitives() {
        assertEquals("Six in 10 voters", mention("Six in 10 voters said the economy was weak.", "said"));
        assertEquals("A 2014 study by the state university", mention("A 2014 study by the state university found that rents "
                + "had doubled.", "found"));
        assertEquals("Many in the crowd", mention("Many in the crowd said the speech was too long.", "said"));
        assertEquals("Several mayors, including Ms. Berg", mention("Several mayors, including Ms. Berg, said the grant was "
                + "too small.", "said"));
    }

    @Test
    void subjectPastParentheticalParticipleOrReflexive() {
        assertEquals("The mayor", mention("The mayor, also campaigning in the north, said the road would open.", "said"));
        assertEquals("Lind", mention("Lind, himself up for reelection, said he opposed the bill.", "said"));
    }

    @Test
    void appositionEndingInQuotedTitle() {
        Claim c = byCue(claims("Ann Lee, the host of ''Morning Talk,'' said the show would end."), "said");
        assertEquals("Ann Lee", claimant(c));
        assertTrue(c.claimant().mention().text().startsWith("Ann Lee, the host of ''Morning Talk"), c.claimant().mention().text());
        assertEquals("the show would end", c.content().text());
    }

    @Test
    void subjectListingNamesIsOneGroup() {
        Claim c = byCue(claims("Lind, Berg and Holt said the plan was sound."), "said");
        assertEquals("Lind, Berg and Holt", c.claimant().mention().text());
        assertEquals("Lind, Berg and Holt", claimant(c));
    }

    @Test
    void nameBeforeStackedAppositions() {
        assertEquals("Tom Vik, research director at Nordbank, a regional lender",
                mention("Tom Vik, research director at Nordbank, a regional lender, said rates would rise.", "said"));
    }

    @Test
    void readIntroducesTheWordsOfASign() {
        Claim c = byCue(claims("\"Vote for the river,\" read the banner over the bridge."), "read");
        assertEquals("Vote for the river", c.content().text());
        assertEquals(List.of(), claims("The judge read the verdict slowly."));
    }

    @Test
    void nounLikeReportingVerbEndingItsClause() {
        Claim c = byCue(claims("\"The harbor needs dredging,\" Halvorsen notes."), "notes");
        assertEquals("The harbor needs dredging", c.content().text());
        assertEquals("Halvorsen", claimant(c));
        Claim shown = byCue(claims("Most of the money came in May, the filings show."), "show");
        assertEquals("Most of the money came in May", shown.content().text());
        Claim jokes = byCue(claims("The mayor jokes, \"The river is my boss.\""), "jokes");
        assertEquals("The river is my boss.", jokes.content().text());
        Claim records = byCue(claims("The ferry, records show, sailed twice a day."), "show");
        assertEquals("records", claimant(records));
        assertEquals("The ferry, records show, sailed twice a day", records.content().text());
        Claim named = byCue(claims("The Journal notes that the ferry sailed twice a day."), "notes");
        assertEquals("The Journal", claimant(named));
    }

    @Test
    void verbBeforeTheGapOfARelativeClause() {
        Claim c = byCue(claims("The mayor backed a tax that she believes will fund the new library."), "believes");
        assertTrue(c.content().text().startsWith("will fund the new library"), c.content().text());
        assertEquals("she", c.claimant().mention().text());
        assertEquals("will fund the new library", byCue(claims("The mayor backed a tax that she claims will fund the new library."),
                "claims").content().text());
        Claim six = byCue(claims("Six in 10 say the ferry is too slow."), "say");
        assertEquals("Six in 10", six.claimant().mention().text());
        assertEquals("the ferry is too slow", six.content().text());
    }

    @Test
    void callNameThenDescription() {
        Claim c = byCue(claims("The senator called Nolan a coward."), "called");
        assertEquals("Nolan a coward", c.content().text());
        assertEquals(List.of(), claims("The senator called Nolan on Tuesday."));
    }

    @Test
    void reportingVerbAndColonEndingAParagraph() {
        String text = "In a speech last spring, the governor declared:\n\nThe dam will be finished by 2030.\n\nThen she left.";
        Claim c = byCue(claims(text), "declared");
        assertEquals("The dam will be finished by 2030.", c.content().text());
    }

    @Test
    void findingsOfAPollNeedNoThat() {
        Claim c = byCue(claims("A June survey found the mayor leading by nine points."), "found");
        assertEquals("the mayor leading by nine points", c.content().text());
        Claim shown = byCue(claims("But the survey shows only a small gap between the towns."), "shows");
        assertEquals("only a small gap between the towns", shown.content().text());
    }

    @Test
    void lightVerbAndStatementBeforeAParticiple() {
        Claim c = byCue(claims("The union issued a statement saying the strike would go on."), "issued a statement saying");
        assertEquals("the strike would go on", c.content().text());
        assertEquals("The union", claimant(c));
    }

    @Test
    void wentOnToGovernsTheInfinitive() {
        Claim c = byCue(claims("The mayor went on to explain that the bridge was safe."), "went on to explain");
        assertEquals("The mayor", claimant(c));
    }

    @Test
    void topicAfterSaidOfStaysOutOfTheCueAfterTheWordsSaid() {
        Claim c = byCue(claims("\"It never stops,\" the mayor said of the traffic."), "said");
        assertEquals("It never stops", c.content().text());
        Claim before = byCue(claims("The mayor said of the traffic: \"It never stops.\""), "said of the traffic");
        assertEquals("It never stops.", before.content().text());
    }

    @Test
    void subjectsThatAreNoNounBeforeTheVerb() {
        Claim another = byCue(claims("One count has 40 boats, while another says there are 55."), "says");
        assertEquals("there are 55", another.content().text());
        assertEquals("many", claimant(byCue(claims("The ferry, many think, is too slow."), "think")));
        Claim dashes = byCue(claims("Ann Berg - a teacher from the town - says she voted early."), "says");
        assertEquals("she voted early", dashes.content().text());
        Claim filed = byCue(claims("A court document filed Thursday says that the ferry was unsafe."), "says");
        assertEquals("that the ferry was unsafe", filed.content().text());
    }

    @Test
    void sentencesWithoutAttributionGiveNothing() {
        assertEquals(List.of(), claims("The river flooded the town. Schools closed for a week."));
    }

    @Test
    void coordinatorBeforeNextCueStaysOut() {
        List<Claim> claims = claims("The mayor spoke for an hour, praising the new library and saying that fares would fall.");
        assertEquals("the new library", byCue(claims, "praising").content().text());
    }

    @Test
    void dashGoingOnWithTheSourcesWords() {
        Claim c = byCue(claims("The farmer said the rain ruined the harvest — and the orchards too."), "said");
        assertEquals("the rain ruined the harvest — and the orchards too", c.content().text());
        Claim aside = byCue(claims("The farmer said the rain ruined the harvest — a blow to the village."), "said");
        assertEquals("the rain ruined the harvest", aside.content().text());
    }

    @Test
    void gerundAfterPrepositionIsNoNewAttribution() {
        List<Claim> claims = claims("The coach said the team can win the cup by defending better at home.");
        assertEquals("the team can win the cup by defending better at home", byCue(claims, "said").content().text());
        assertEquals(1, claims.size(), claims.toString());
    }

    @Test
    void caseNameIsOneSentence() {
        Claim c = byCue(claims("She said the court would never overturn Roe v. Wade in her lifetime."), "said");
        assertEquals("the court would never overturn Roe v. Wade in her lifetime", c.content().text());
    }

    @Test
    void openingConnectiveIsTheWritersBeforeAContent() {
        Claim c = byCue(claims("In fact, the harbour will close for a month, according to the port authority."), "according to");
        assertEquals("the harbour will close for a month", c.content().text());
        Claim place = byCue(claims("In Leeds, the harbour will close for a month, according to the port authority."), "according to");
        assertEquals("In Leeds, the harbour will close for a month", place.content().text());
    }

    @Test
    void infinitiveBeforeAQuestionIsPartOfTheContent() {
        Claim c = byCue(claims("The minister declined to say whether the plant would close."), "declined");
        assertEquals("to say whether the plant would close", c.content().text());
    }

    @Test
    void whenClauseEndsTheContentAtItsComma() {
        Claim c = byCue(claims("When the host asked whether the plant would close, the minister left the studio."), "asked");
        assertEquals("whether the plant would close", c.content().text());
    }

    @Test
    void percentSignEndingAContentStays() {
        Claim c = byCue(claims("The agency said turnout was a record 39%."), "said");
        assertEquals("turnout was a record 39%", c.content().text());
    }

    @Test
    void dayAfterAnObjectEndsIt() {
        assertEquals("Senator Cruz", byCue(claims("The governor endorsed Senator Cruz Wednesday."), "endorsed").content().text());
        assertEquals("the mayor", byCue(claims("The union endorsed the mayor last week."), "endorsed").content().text());
        assertEquals("the Tuesday vote", byCue(claims("The governor criticized the Tuesday vote."), "criticized").content().text());
        // a year dates the object itself
        assertEquals("a similar bill in 2007", byCue(claims("The senator opposed a similar bill in 2007."), "opposed").content().text());
    }

    @Test
    void relativeClauseOnTheReportedSubjectStaysInTheContent() {
        Claim c = byCue(claims("The mayor said that the bridge, which opened in 1990, would close in May."), "said");
        assertEquals("that the bridge, which opened in 1990, would close in May", c.content().text());
        Claim bare = byCue(claims("The mayor argued the bridge, which opened in 1990, was unsafe."), "argued");
        assertEquals("the bridge, which opened in 1990, was unsafe", bare.content().text());
        Claim object = byCue(claims("The mayor praised the engineer, who built the bridge."), "praised");
        assertEquals("the engineer", object.content().text());
    }

    @Test
    void hedgeInAnOpeningSubordinateClauseEndsAtItsComma() {
        Claim c = byCue(claims("While the vote is expected to pass easily, the mayor has not changed her plan."), "is expected");
        assertEquals("the vote is expected to pass easily", c.content().text());
    }

    @Test
    void pronounClauseAfterCommaAndGoesOnWithTheContent() {
        Claim c = byCue(claims("The engineer said the bridge was unsafe, and it would close in May."), "said");
        assertEquals("the bridge was unsafe, and it would close in May", c.content().text());
        Claim other = byCue(claims("The engineer said the bridge was unsafe, and the council voted to close it."),
                "said");
        assertEquals("the bridge was unsafe", other.content().text());
    }

    @Test
    void relativeClauseClosedInsideTheContentStaysInIt() {
        Claim c = byCue(claims("The mayor said the board approved the plan, which pleased the unions, on Tuesday night."),
                "said");
        assertEquals("the board approved the plan, which pleased the unions, on Tuesday night", c.content().text());
        Claim gloss = byCue(claims("The mayor said the board approved the plan, which pleased the unions."), "said");
        assertEquals("the board approved the plan", gloss.content().text());
        Claim inner = byCue(claims("The auditor says its review has found that the two trusts, which hold the land, are still "
                + "under his control."), "says");
        assertEquals("its review has found that the two trusts, which hold the land, are still under his control",
                inner.content().text());
    }

    @Test
    void relativeClauseAfterACoordinatedObjectIsNoNewPredicate() {
        Claim c = byCue(claims("The mayor praised nurses in Leeds and York who demanded higher pay."), "praised");
        assertEquals("nurses in Leeds and York who demanded higher pay", c.content().text());
    }

    @Test
    void objectOfACueInsideAnOpeningPhraseEndsAtTheMainClause() {
        Claim c = byCue(claims("A group supporting the mayor, launched a radio campaign."), "supporting");
        assertEquals("the mayor", c.content().text());
        Claim resumed = byCue(claims("The governor mocked his rivals, walked off the stage early."), "mocked");
        assertEquals("his rivals", resumed.content().text());
        Claim participle = byCue(claims("The council praised the bridge, designed by a local firm with great care."),
                "praised");
        assertEquals("the bridge, designed by a local firm with great care", participle.content().text());
    }

    @Test
    void openingPhraseOfTheReportedClauseDoesNotEndIt() {
        Claim c = byCue(claims("The mayor promised that if voters backed him, he would rebuild the bridge."), "promised");
        assertEquals("that if voters backed him, he would rebuild the bridge", c.content().text());
        Claim phrase = byCue(claims("The coach said that despite the loss, the team was improving."), "said");
        assertEquals("that despite the loss, the team was improving", phrase.content().text());
    }

    @Test
    void reasonAfterAParentheticalAttributionGoesOn() {
        Claim c = byCue(claims("The bridge will close, the mayor said, because the cables are worn."), "said");
        assertEquals("The bridge will close, the mayor said, because the cables are worn", c.content().text());
        Claim list = byCue(claims("The talks covered many topics, the paper said, including tariffs and fishing."), "said");
        assertEquals("The talks covered many topics, the paper said, including tariffs and fishing", list.content().text());
    }

    @Test
    void objectInsideTheSubjectEndsBeforeTheSentencesVerb() {
        Claim c = byCue(claims("Students who support the mayor are in college."), "support");
        assertEquals("the mayor", c.content().text());
        Claim contact = byCue(claims("The governor praised the speech Smith had given."), "praised");
        assertEquals("the speech Smith had given", contact.content().text());
    }

    @Test
    void splitQuoteGoesOnPastThePhraseAfterItsAttribution() {
        Claim c = byCue(claims("\"The bridge is safe,\" the mayor said on Tuesday night, \"but the road needs new lights.\""), "said");
        assertEquals("\"The bridge is safe,\" the mayor said on Tuesday night, \"but the road needs new lights.\"", c.content().text());
        Claim title = byCue(claims("\"We lost the vote,\" she wrote in her memoir, \"Hard Roads.\""), "wrote");
        assertEquals("We lost the vote", title.content().text());
    }

    @Test
    void sourcesAppositionAndWritersAsideAfterAnAttributionAreNoContent() {
        Claim c = byCue(claims("Prices rose sharply, according to a study by Anna Berg, an economist at the bank."), "according to");
        assertEquals("Prices rose sharply", c.content().text());
        Claim aside = byCue(claims("The plan would raise $2 billion, according to the treasury - a small sum for the state."), "according to");
        assertEquals("The plan would raise $2 billion", aside.content().text());
        Claim pair = byCue(claims("Most voters - 60 percent, according to the survey - still back the plan."), "according to");
        assertEquals("Most voters - 60 percent, according to the survey - still back the plan", pair.content().text());
    }

    @Test
    void writersWordsBeforeALowerCaseQuotationAfterACommaAreItsStart() {
        Claim c = byCue(claims("The fair, held every summer since 1950, \"brings the whole town together,\" the mayor said."), "said");
        assertEquals("The fair, held every summer since 1950, \"brings the whole town together,\"", c.content().text());
        Claim whole = byCue(claims("On the bridge, \"We will never give up,\" the mayor said."), "said");
        assertEquals("We will never give up", whole.content().text());
    }

    @Test
    void commaAndNewClauseWithAPastVerbEndsTheContent() {
        Claim c = byCue(claims("Prosecutors charged the officer with murder, and the mayor released the video an hour later."), "charged");
        assertEquals("the officer with murder", c.content().text());
        Claim list = byCue(claims("The mayor said the town held fairs, concerts, and other events designed to unite it."), "said");
        assertEquals("the town held fairs, concerts, and other events designed to unite it", list.content().text());
    }

    @Test
    void listObjectGoesOnToItsLastItem() {
        Claim c = byCue(claims("The senator criticized the banks, the oil industry and the lobbyists."), "criticized");
        assertEquals("the banks, the oil industry and the lobbyists", c.content().text());
        Claim apposition = byCue(claims("The senator criticized Smith, a banker who has funded the campaign."), "criticized");
        assertEquals("Smith", apposition.content().text());
    }

    @Test
    void asideRightAfterThatOpensTheReportedClause() {
        Claim c = byCue(claims("Economists argue that, while the tax may lower premiums, workers will not see higher wages."), "argue");
        assertEquals("that, while the tax may lower premiums, workers will not see higher wages", c.content().text());
    }

    @Test
    void clauseOrExampleAfterALoneDashGoesOn() {
        Claim c = byCue(claims("The mayor echoed the council's complaint — that the bridge was unsafe."), "echoed");
        assertEquals("the council's complaint — that the bridge was unsafe", c.content().text());
        Claim like = byCue(claims("The farmer said the rain ruined crops — like wheat and barley."), "said");
        assertEquals("the rain ruined crops — like wheat and barley", like.content().text());
    }

    @Test
    void subjectAfterACoordinatedClauseOrAVerbLikeNoun() {
        assertEquals("the mayor", mention(byCue(claims("The storm passed and the mayor said the roads were clear."), "said")));
        assertEquals("The mayor and the council", mention(byCue(claims("The mayor and the council said the roads were clear."),
                "said")));
        assertEquals("the Fox broadcast", mention(byCue(claims("Citing a new report, the Fox broadcast claimed the plan failed."),
                "Citing")));
    }

    private static String mention(Claim c) {
        return c.claimant() == null || c.claimant().mention() == null ? null : c.claimant().mention().text();
    }

    @Test
    void possessiveAfterAVerbStandsForItsSubject() {
        assertEquals("The mayor", mention(byCue(claims("The mayor has stepped up her attacks on the council."), "attacks on")));
        assertEquals("The governor", mention(byCue(claims("The governor is lending his support to the new bridge."), "support to")));
        assertEquals("his", mention(byCue(claims("The fans cheered his support for the new bridge."), "support for")));
    }

    @Test
    void relativeThatIsTheSourceMention() {
        Claim c = byCue(claims("The plan has critics among lawyers that warn the deal is illegal."), "warn");
        assertEquals("that", mention(c));
        assertEquals("lawyers", claimant(c));
    }

    @Test
    void relativeClauseWithAClaimOfItsOwnIsNoPartOfTheSource() {
        List<Claim> cs = claims("Ann Lowe, who says the bridge is unsafe, called for a new vote.");
        assertEquals("who", mention(byCue(cs, "says")));
        assertEquals("Ann Lowe", mention(byCue(cs, "called for")));
        // a relative clause that claims nothing stays with the name it describes
        assertEquals("Ann Lowe, who chairs the committee", mention(byCue(claims("Ann Lowe, who chairs the committee, said the "
                + "bridge was unsafe."), "said")));
    }

    @Test
    void adverbBeforeAParticipleCueKeepsItsSubject() {
        assertEquals("The governor", mention(byCue(claims("The governor has avoided directly criticizing the mayor."),
                "criticizing")));
        assertEquals("The dean", mention(byCue(claims("The dean has published a letter strongly disputing the charges."),
                "disputing")));
    }

    @Test
    void subjectCutFromItsVerbByACommaOrAParenthetical() {
        assertEquals("Sen. Ann Lowe (D-Ore.)", mention(byCue(claims("Sen. Ann Lowe (D-Ore.), said the bill was dead."), "said")));
        assertEquals("Local officials", mention(byCue(claims("Local officials have, in fact, praised the new bridge."), "praised")));
        assertEquals("Tom Reyes, the chairman of the county party",
                mention(byCue(claims("Tom Reyes, the chairman of the county party, for example, said the vote was close."), "said")));
    }

    @Test
    void longAppositionBeforeTheVerb() {
        Claim c = byCue(claims("Mia Ford, a veteran organizer who ran the union's campaign in the county in 2012 and who now leads "
                + "the largest tenants' group in the state and two smaller ones across the river in Camden, said the rent rules "
                + "would fail."), "said");
        assertEquals("Mia Ford", claimant(c));
    }

    @Test
    void participleAfterAVerbAndItsObject() {
        assertEquals("The two unions", mention(byCue(claims("The two unions have since released statements deploring the cuts."),
                "deploring")));
        assertEquals("Rumors", mention(byCue(claims("Rumors have emerged describing a deal between the parties."), "describing")));
    }

    @Test
    void participleAfterAVerbAndItsObjectWithoutAComma() {
        assertEquals("the agency", mention(byCue(claims("In the spring, the agency planted several stories alleging that the "
                + "minister was corrupt."), "alleging")));
        assertEquals("Dr. Holm", mention(byCue(claims("The hearing ended with Dr. Holm asking whether the data was complete."),
                "asking")));
    }

    @Test
    void participleSubjectPastAPossessiveTimeAndAnAdverb() {
        assertEquals("Moreno", mention(byCue(claims("At Sunday night's forum, Moreno compared herself to her rival, saying that "
                + "she takes no fees."), "saying")));
        assertEquals("The teacher", mention(byCue(claims("The teacher later resigned, claiming that the school had ignored her "
                + "warnings."), "claiming")));
    }

    @Test
    void participleAfterASubordinateClauseHangsOnIt() {
        assertEquals("the students", mention(byCue(claims("The lecture ended early when the students interrupted the dean, "
                + "shouting that the fees were unfair."), "shouting")));
        assertEquals("the mayor", mention(byCue(claims("The strike began in May, and the mayor has already sued the union, "
                + "saying that the strike is illegal."), "saying")));
    }

    @Test
    void subjectKeepsAPrepositionalPhraseAfterItsHead() {
        assertEquals("Farmers across the region", mention(byCue(claims("Farmers across the region say the drought will cut "
                + "the harvest."), "say")));
        assertEquals("The head of the delegation to the summit", mention(byCue(claims("The head of the delegation to the summit "
                + "said the talks had failed."), "said")));
    }

    @Test
    void participleHangsOnTheMainClauseAfterASubordinateOne() {
        List<Claim> claims = claims("While the council members argued about the budget, the mayor left the room, saying the vote "
                + "was a farce.");
        assertEquals("the mayor", mention(byCue(claims, "saying")));
    }

    @Test
    void participleAfterAnOpeningTimeOrAdverb() {
        assertEquals("the mayor", mention(byCue(claims("The day before, at a rally in Salem, the mayor was just as blunt, claiming the "
                + "council had lied."), "claiming")));
        assertEquals("she", mention(byCue(claims("By Sunday afternoon she had canceled the rally, citing the storm."), "citing")));
        assertEquals("The Herald", mention(byCue(claims("The Herald intervened in April, arguing that the records were public."),
                "arguing")));
        assertEquals("the mayor", mention(byCue(claims("Most recently, the mayor has shifted to the left, offering free buses."),
                "offering")));
        assertEquals("The famously gruff senator", mention(byCue(claims("The famously gruff senator started on Wednesday, showing "
                + "his softer side."), "showing")));
    }

    @Test
    void subjectPhrasesWithTheirModifiers() {
        assertEquals("a source close to the campaign",
                mention(byCue(claims("\"It is over,\" said a source close to the campaign."), "said")));
        assertEquals("One official familiar with the talks",
                mention(byCue(claims("One official familiar with the talks said the deal was near."), "said")));
        assertEquals("A Marist poll released last week",
                mention(byCue(claims("A Marist poll released last week showed the mayor ahead."), "showed")));
        assertEquals("Ana Ruiz, 23, a student from Fresno, Calif.",
                mention(byCue(claims("\"We need jobs,\" said Ana Ruiz, 23, a student from Fresno, Calif."), "said")));
        assertEquals("Tom Lee, 32, of Dayton, a nurse who works nights",
                mention(byCue(claims("\"We need nurses,\" said Tom Lee, 32, of Dayton, a nurse who works nights."), "said")));
    }

    @Test
    void quantifiersBeforeASubject() {
        assertEquals("About 4 in 10 voters", mention(byCue(claims("About 4 in 10 voters say the economy is bad."), "say")));
        assertEquals("More than six in 10", mention(byCue(claims("More than six in 10 said they would vote."), "said")));
        assertEquals("At least half of voters", mention(byCue(claims("At least half of voters say the tax is fair."), "say")));
        assertEquals("The most recent poll", mention(byCue(claims("The most recent poll shows the mayor ahead."), "shows")));
        assertEquals("All the members", mention(byCue(claims("All the members insisted the bill was fair."), "insisted")));
    }

    @Test
    void causativeWithATimeBeforeItsInfinitive() {
        assertEquals("Ms. Ruiz", mention(byCue(claims("The vote prompted Ms. Ruiz in 2011 to advocate for a new law."),
                "to advocate for")));
    }

    @Test
    void extraposedItIsNoSource() {
        assertNull(byCue(claims("It is hard not to wonder whether the mayor will run again."), "to wonder").claimant());
    }

    @Test
    void coordinatedVerbAfterATimeSharesTheSubject() {
        assertEquals("The mayor", mention(byCue(claims("The mayor has freed up funds for the park and on Monday announced that "
                + "taxes would fall."), "announced")));
        assertEquals("Ms. Ruiz", mention(byCue(claims("Ms. Ruiz paused, then revealed that she would run."), "then revealed")));
    }

    @Test
    void coordinatedVerbInARelativeClauseTakesItsPronoun() {
        Claim c = byCue(claims("The plan has won over Ms. Ruiz, who came out and endorsed the mayor on Tuesday."), "endorsed");
        assertEquals("who", mention(c));
        assertEquals("Ruiz", claimant(c));
    }

    @Test
    void relativePronounBeforeAPrepositionalPhrase() {
        Claim c = byCue(claims("The judge, who through her office declined to comment, was born in Ohio."), "declined");
        assertEquals("who", mention(c));
    }

    @Test
    void adverbialsBetweenSubjectAndVerb() {
        assertEquals("Local critics", mention(byCue(claims("Local critics have in particular noted that the bridge is late."), "noted")));
        assertEquals("The agency", mention(byCue(claims("The agency for the first time cited a memo by the auditor."), "cited")));
        assertEquals("The board", mention(byCue(claims("The board long ago showed that it would not yield."), "showed")));
        assertEquals("Older voters", mention(byCue(claims("Older voters were slightly more likely to say the tax was fair."),
                "were slightly more likely to say")));
    }

    @Test
    void subjectStopsAtItsOwnClause() {
        assertEquals("Senate aides", mention(byCue(claims("The mayor declined to comment and Senate aides later said the vote was "
                + "delayed."), "later said")));
        assertEquals("President Lee", mention(byCue(claims("That is the reason President Lee is seeking a second opinion."),
                "is seeking")));
    }

    @Test
    void cueNounBeforeAnInfinitiveLeavesItToTheContent() {
        Claim c = byCue(claims("The mayor renewed her pledge to rebuild the old harbour."), "pledge");
        assertEquals("to rebuild the old harbour", c.content().text());
    }

    @Test
    void verbOfOpeningOrAnsweringWithByAndAGerund() {
        Claim c = byCue(claims("The minister began by saying the budget was balanced."), "began by saying");
        assertEquals("the budget was balanced", c.content().text());
        assertEquals("The minister", c.claimant().mention().text());
        byCue(claims("The coach responded first by saying his players were tired."), "responded first by saying");
    }

    @Test
    void mannerOfSayingBelongsToTheCue() {
        Claim c = byCue(claims("\"We will be back next year,\" the captain said with a grin."), "said with a grin");
        assertEquals("We will be back next year", c.content().text());
    }

    @Test
    void degreeWordsBeforeAGoverningAdjective() {
        Claim c = byCue(claims("Younger voters were slightly more likely to say the tax was unfair."),
                "were slightly more likely to say");
        assertEquals("the tax was unfair", c.content().text());
    }

    @Test
    void alludeToTakesItsPreposition() {
        Claim c = byCue(claims("The senator spoke for an hour, alluding to the scandal at the port."), "alluding to");
        assertEquals("the scandal at the port", c.content().text());
    }

    @Test
    void feelingNounsAfterALightVerb() {
        Claim c = byCue(claims("The governor expressed confidence that the bridge would open in May."), "expressed confidence");
        assertEquals("that the bridge would open in May", c.content().text());
    }

    @Test
    void particleOfAPhrasalVerbOfSaying() {
        Claim c = byCue(claims("The mayor wrote back: \"The park stays open.\""), "wrote back");
        assertEquals("The park stays open.", c.content().text());
    }

    @Test
    void mannerAdverbAfterTheVerb() {
        Claim c = byCue(claims("The senator has said repeatedly that the tax will not rise."), "has said repeatedly");
        assertEquals("that the tax will not rise", c.content().text());
        byCue(claims("The mayor discussed recently released figures on crime."), "discussed");
    }

    @Test
    void placeWithItsStateBeforeThat() {
        Claim c = byCue(claims("The mayor said Friday during a visit to Albany, New York, that the bridge would open in May."),
                "said Friday");
        assertEquals("that the bridge would open in May", c.content().text());
    }

    @Test
    void quotationAfterAnOccasionAndAComma() {
        Claim c = byCue(claims("The mayor said at a press briefing, \"The bridge will open in May.\""), "said");
        assertEquals("The bridge will open in May.", c.content().text());
        Claim told = byCue(claims("The mayor told reporters in Leeds last week, \"The park stays open.\""), "told");
        assertEquals("The park stays open.", told.content().text());
    }

    @Test
    void adverbialWithAPossessiveBeforeThat() {
        Claim c = byCue(claims("The mayor wrote to the council members' office that the park would stay open."), "wrote");
        assertEquals("that the park would stay open", c.content().text());
    }

    @Test
    void topicOfBeforeThat() {
        Claim c = byCue(claims("The mayor said of the plan that it would cost too much."), "said");
        assertEquals("that it would cost too much", c.content().text());
        Claim accused = byCue(claims("The guard was accused of a theft that shocked the town."), "was accused of");
        assertEquals("The guard was accused of a theft that shocked the town", accused.content().text());
    }

    @Test
    void questionPutToTheSubject() {
        Claim about = byCue(claims("The mayor was asked about the protests during the meeting."), "was asked about");
        assertEquals("the protests", about.content().text());
        Claim why = byCue(claims("The mayor was asked why the bridge had closed."), "was asked");
        assertEquals("why the bridge had closed", why.content().text());
    }

    @Test
    void aboutBeforeANumberRoundsItAndIsNoTopic() {
        Claim half = byCue(claims("The agency said about half of the new jobs went to young workers."), "said");
        assertEquals("about half of the new jobs went to young workers", half.content().text());
        Claim count = byCue(claims("The coach has said about 30 players asked to join the team."), "has said");
        assertEquals("about 30 players asked to join the team", count.content().text());
        Claim topic = byCue(claims("The mayor talked about one thing: the budget."), "talked about");
        assertNotNull(topic.content());
    }

    @Test
    void focusingAdverbOpensTheContent() {
        Claim how = byCue(claims("The survey showed just how tired the nurses are."), "showed");
        assertEquals("just how tired the nurses are", how.content().text());
        Claim what = byCue(claims("The coach knows exactly what the team needs."), "knows");
        assertEquals("exactly what the team needs", what.content().text());
    }

    @Test
    void listenerThenTimeEndsTheSentence() {
        Claim c = byCue(claims("The union will stay out of the race, its director told reporters on Wednesday."), "told");
        assertEquals("The union will stay out of the race", c.content().text());
        assertEquals("its director", claimant(c));
    }

    @Test
    void surnameThatIsAFunctionWord() {
        Claim c = byCue(claims("\"The tide has turned,\" Will wrote."), "wrote");
        assertEquals("The tide has turned", c.content().text());
        assertEquals("Will", claimant(c));
    }

    @Test
    void longAdverbialBeforeThat() {
        Claim c = byCue(claims("The governor said on Tuesday during a long interview with a local radio station in Albany, "
                + "New York, that taxes would fall."), "said");
        assertEquals("that taxes would fall", c.content().text());
    }

    @Test
    void callsTitledNameSomething() {
        Claim c = byCue(claims("The senator kept calling Senate Majority Leader Tom Baker a coward."), "kept calling");
        assertEquals("Senate Majority Leader Tom Baker a coward", c.content().text());
    }

    @Test
    void callOutCriticises() {
        Claim c = byCue(claims("The governor called out his rival for skipping the debate."), "called out");
        assertEquals("his rival for skipping the debate", c.content().text());
        assertEquals("The governor", claimant(c));
    }

    @Test
    void asideWithAsReportsTheClauseBefore() {
        Claim c = byCue(claims("The bridge will close in May, as the mayor said on Monday."), "said");
        assertEquals("The bridge will close in May", c.content().text());
        assertEquals("the mayor", claimant(c));
        // the clause is already the content of the cue before the aside
        List<Claim> both = claims("Prices will rise, officials said Friday, as they warned about the harvest.");
        assertEquals("Prices will rise", byCue(both, "said Friday").content().text());
    }

    @Test
    void questionPutWithoutAsker() {
        Claim quoted = byCue(claims("The mayor was asked, \"Will the bridge open in May?\" She shrugged."), "was asked");
        assertEquals("Will the bridge open in May?", quoted.content().text());
        Claim task = byCue(claims("The mayor was asked to name a single road she had fixed."), "was asked");
        assertEquals("to name a single road she had fixed", task.content().text());
        Claim object = byCue(claims("The mayor was asked a simple question about the budget."), "was asked");
        assertEquals("a simple question about the budget", object.content().text());
        Claim topic = byCue(claims("When asked by a reporter on Monday about the budget, the mayor smiled."), "asked");
        assertEquals("about the budget", topic.content().text());
    }

    @Test
    void exclamationBeforeItsAttribution() {
        Claim c = byCue(claims("\"Total gridlock!\" Rep. Ann Berg, D-Ore., said of the week in the capital."), "said");
        assertEquals("Total gridlock!", c.content().text());
        assertEquals("Ann Berg", claimant(c));
    }

    @Test
    void timeWithItsModifierAfterTheCue() {
        Claim c = byCue(claims("The bridge will open in May, the mayor said late Thursday."), "said");
        assertEquals("The bridge will open in May", c.content().text());
        assertEquals("the mayor", claimant(c));
    }

    @Test
    void secondSpeakerAfterAnd() {
        List<Claim> found = claims("The mayor said the bridge would open in May and the governor warned it would cost too much.");
        assertEquals("the bridge would open in May", byCue(found, "said").content().text());
        Claim warned = byCue(found, "warned");
        assertEquals("it would cost too much", warned.content().text());
        assertEquals("the governor", claimant(warned));
    }

    @Test
    void subjectOfTheContentIsNoAddressee() {
        Claim c = byCue(claims("The minister warned the new tax would cost jobs."), "warned");
        assertEquals("the new tax would cost jobs", c.content().text());
    }

    @Test
    void verbsOfReferringAndRating() {
        Claim referenced = byCue(claims("The senator referenced a new report on road safety during the debate."), "referenced");
        assertEquals("a new report on road safety", referenced.content().text());
        Claim deemed = byCue(claims("The mayor deemed the proposal a reasonable compromise."), "deemed");
        assertEquals("the proposal a reasonable compromise", deemed.content().text());
        Claim retweeted = byCue(claims("The governor retweeted the message from her chief of staff."), "retweeted");
        assertEquals("the message from her chief of staff", retweeted.content().text());
        Claim likened = byCue(claims("The mayor likened the new tax to a fine on commuters."), "likened");
        assertEquals("the new tax to a fine on commuters", likened.content().text());
        Claim credited = byCue(claims("The senator credited her staff with the success of the bill."), "credited");
        assertEquals("her staff with the success of the bill", credited.content().text());
        Claim prefer = byCue(claims("Most voters prefer a candidate with experience in office."), "prefer");
        assertEquals("a candidate with experience in office", prefer.content().text());
    }

    @Test
    void phrasalCuesOfDismissingAndOmitting() {
        Claim brushed = byCue(claims("The minister brushed off the criticism from the opposition."), "brushed off");
        assertEquals("the criticism from the opposition", brushed.content().text());
        assertEquals(Stance.DENY, brushed.stance());
        Claim distanced = byCue(claims("The mayor distanced herself from the council's plan."), "distanced herself from");
        assertEquals("the council's plan", distanced.content().text());
        Claim apologized = byCue(claims("The coach apologized for his remarks about the referee."), "apologized for");
        assertEquals("his remarks about the referee", apologized.content().text());
        Claim mention = byCue(claims("The governor made no mention of the budget deficit."), "made no mention of");
        assertEquals("the budget deficit", mention.content().text());
        Claim repudiated = byCue(claims("The union repudiated the agreement signed by its former leader."), "repudiated");
        assertEquals(Stance.DENY, repudiated.stance());
    }

    @Test
    void seemingAfterAnAsideOrWithAClause() {
        Claim aside = byCue(claims("The mayor, speaking to reporters on Tuesday, seemed to accept the new budget."), "seemed");
        assertEquals("The mayor, speaking to reporters on Tuesday, seemed to accept the new budget", aside.content().text());
        Claim clause = byCue(claims("It seems the council has too many members."), "seems");
        assertEquals("the council has too many members", clause.content().text());
        assertEquals("a pattern of favors", byCue(claims("The emails seem to show a pattern of favors."), "seem to show").content().text());
        assertEquals("the problem", byCue(claims("The mayor seems to recognize the problem."), "seems to recognize").content().text());
    }

    @Test
    void hedgedSubjectRunsOverItsModifiers() {
        assertEquals("The central bank, which has held rates low for years, is expected to act in December", byCue(claims(
                "The central bank, which has held rates low for years, is expected to act in December."), "is expected").content().text());
        assertEquals("It appeared to calm the markets", byCue(claims("It appeared to calm the markets."), "appeared").content().text());
        assertEquals("there seems to be little interest in the race", byCue(claims(
                "In the town, there seems to be little interest in the race."), "seems").content().text());
        assertEquals("This seems like a fair idea", byCue(claims("This seems like a fair idea."), "seems").content().text());
        assertEquals("that approach seems to have failed", byCue(claims(
                "In this case, that approach seems to have failed."), "seems").content().text());
        assertEquals("The race itself has seemed to take on his temper", byCue(claims(
                "The race itself has seemed to take on his temper."), "has seemed").content().text());
    }

    @Test
    void hedgedClauseEndsBeforeTheWritersAddition() {
        assertEquals("The bill is expected to pass", byCue(claims(
                "The bill is expected to pass, with most members in favor."), "is expected").content().text());
    }

    @Test
    void noHedgeInADescriptionWithThat() {
        assertTrue(claims("The council passed rules that seem unfair to tenants.").isEmpty());
    }

    @Test
    void sharesOfAPollAsSubjects() {
        assertEquals("they are conservative", byCue(claims("On taxes, 42% say they are conservative."), "say").content().text());
        assertEquals("they will vote", byCue(claims("Nearly nine out of 10 say they will vote."), "say").content().text());
        assertTrue(claims("His 32% support gives him a lead.").isEmpty());
    }

    @Test
    void calledWithAnObjectAndWhatItIsCalled() {
        Claim c = byCue(claims("The senator called the vote a betrayal of the workers."), "called");
        assertEquals("The senator", claimant(c));
        assertEquals("the vote a betrayal of the workers", c.content().text());
    }

    @Test
    void nounVerbHomographsWithAPronounOrGerund() {
        assertEquals("himself a moderate", byCue(claims("The governor calls himself a moderate."), "calls").content().text());
        assertEquals("raising the minimum wage", byCue(claims("The mayor supports raising the minimum wage."), "supports").content().text());
        assertEquals("voters to know the truth", byCue(claims("She wants voters to know the truth."), "wants").content().text());
        assertEquals("Other Democrats", claimant(byCue(claims("Other Democrats want the mayor to resign."), "want")));
    }

    @Test
    void secondVerbOfTheSubjectAfterAnd() {
        List<Claim> found = claims("The mayor chides the council and praises the governor.");
        assertEquals("the council", byCue(found, "chides").content().text());
        assertEquals("the governor", byCue(found, "praises").content().text());
    }

    @Test
    void presentTenseSpeakerBeforeAPreposition() {
        Claim c = byCue(claims("\"We will win the state,\" Ribble says in the call."), "says");
        assertEquals("We will win the state", c.content().text());
        assertEquals("Ribble", claimant(c));
    }

    @Test
    void lightVerbAndATimeBeforeTheParticiple() {
        Claim c = byCue(claims("The campaign issued a statement Tuesday saying it would appeal."), "issued a statement Tuesday saying");
        assertEquals("it would appeal", c.content().text());
        assertEquals("The campaign", claimant(c));
    }

    @Test
    void calledWithAnAdjectiveARelativeOrAnInfinitive() {
        assertEquals("the decision unlawful", byCue(claims("The mayor called the decision unlawful."), "called").content().text());
        assertEquals("the mayor", claimant(byCue(claims("Critics oppose what the mayor calls a modest tax."), "calls")));
        assertEquals("to ban fireworks in the city",
                byCue(claims("The governor called to ban fireworks in the city."), "called").content().text());
        assertTrue(claims("Obama called Abedini on Tuesday.").isEmpty());
    }

    @Test
    void verbsWithAnObjectSenseNeedSpeech() {
        assertTrue(claims("Bill Clinton could add another job title to his resume.").isEmpty());
        assertTrue(claims("Deficits would add up to $1.5 trillion.").isEmpty());
        assertTrue(claims("The senator answered a question about the budget.").isEmpty());
        assertTrue(claims("The lawsuit alleges defamation by the mayor.").isEmpty());
        assertEquals("that the plan was sound", byCue(claims("The mayor responded that the plan was sound."), "responded").content().text());
        Claim adding = byCue(claims("The mayor praised the plan, adding he intended to vote for it."), "adding");
        assertEquals("he intended to vote for it", adding.content().text());
    }

    @Test
    void contentEndsWithAnOpeningSubordinateClause() {
        assertEquals("the plan", byCue(claims("While Democrats are united in supporting the plan, Republicans are divided."),
                "supporting").content().text());
        assertEquals("the governor", byCue(claims("His popularity, even after he criticized the governor, shows how divided "
                + "the party is."), "criticized").content().text());
        // a comma inside a quotation of the content does not end it; one that closes the quotation does
        assertEquals("that Smith calls it \"a giveaway, plain and simple,\"", byCue(claims("When the host noted that Smith "
                + "calls it \"a giveaway, plain and simple,\" Jones changed the subject."), "noted").content().text());
        // a span of time may come before the subordinator
        assertEquals("that the bridge was safe", byCue(claims("Years after the mayor claimed that the bridge was safe, it "
                + "collapsed."), "claimed").content().text());
    }

    @Test
    void findingGoesOnOverItsContrast() {
        assertEquals("that 40 percent backed the mayor, while 30 percent favored his rival", byCue(claims("The survey found "
                + "that 40 percent backed the mayor, while 30 percent favored his rival."), "found").content().text());
        assertEquals("40 percent backed the mayor, compared with 30 percent in May", byCue(claims("In a new poll by the "
                + "newspaper, 40 percent backed the mayor, compared with 30 percent in May."), "In").content().text());
        assertEquals("the chief of staff should resign", byCue(claims("The senator said the chief of staff should resign, "
                + "while others defended him."), "said").content().text());
    }

    @Test
    void whenAfterATimeGoesOn() {
        assertEquals("the plant had been closed since 2009, when the company went bankrupt", byCue(claims("She said the plant "
                + "had been closed since 2009, when the company went bankrupt."), "said").content().text());
    }

    @Test
    void complementiserAloneIsNoContent() {
        assertEquals("that praising the former president was like praising the weather", byCue(claims("He added that praising "
                + "the former president was like praising the weather."), "added").content().text());
    }

    @Test
    void writersSummaryAfterTheContent() {
        assertEquals("the officer should face no charges", byCue(claims("The prosecutor said the officer should face no charges, "
                + "a decision the family condemned."), "said").content().text());
        // a person's apposition after a name stays
        assertEquals("he was a stronger leader than Governor Jim Smith, a Democrat", byCue(claims("The senator said he was a "
                + "stronger leader than Governor Jim Smith, a Democrat."), "said").content().text());
    }

    @Test
    void quotedAsSaying() {
        assertEquals("one of his advisers as saying the candidate was tired", byCue(claims("The paper quoted one of his advisers "
                + "as saying the candidate was tired."), "quoted").content().text());
    }

    @Test
    void appositionWithAPhraseAfterTheSource() {
        assertEquals("The governor will speak at the convention", byCue(claims("The governor will speak at the convention, "
                + "according to a report from a station, the broadcaster in the capital."), "according to").content().text());
    }

    @Test
    void objectEndsBeforeTheWritersAccount() {
        assertEquals("the mayor", byCue(claims("The columnist has been critical of the mayor but on Tuesday wrote that the plan "
                + "was sound."), "has been critical of").content().text());
        assertEquals("the bill", byCue(claims("The senator opposed the bill as he prepared for his campaign."), "opposed")
                .content().text());
        assertEquals("his rival", byCue(claims("The governor attacked his rival by reminding voters of the scandal."), "attacked")
                .content().text());
        // but "while" with no verb of its own tells when the object was
        assertEquals("her use of a private server while secretary of state", byCue(claims("The senator criticized her use of "
                + "a private server while secretary of state."), "criticized").content().text());
    }

    @Test
    void coordinatedVerbInTheTenseOfTheReportingVerb() {
        List<Claim> found = claims("The mayor has said she wants a new bridge and has expressed support for a toll on it.");
        assertEquals("she wants a new bridge", byCue(found, "has said").content().text());
        Claim support = byCue(found, "has expressed support for");
        assertEquals("The mayor", support.claimant().mention().text());
        assertEquals("a toll on it", support.content().text());
        // with both tenses alike, the second verb stays in the reported clause, unless it reports speech after a belief
        Claim told = byCue(claims("The aide told reporters that the mayor knew of the plan and thought it was fair."), "told");
        assertTrue(told.content().text().endsWith("thought it was fair"), told.content().text());
        Claim predicted = byCue(claims("The aide said the mayor wanted a new bridge and predicted it would open in May."), "predicted");
        assertEquals("The aide", predicted.claimant().mention().text());
    }

    @Test
    void invertedSubjectWithoutAQuotationNamesSomeone() {
        List<Claim> found = claims("The mayor said her staff, led by a new director, wrote a host of new rules for the city.");
        assertEquals("The mayor", byCue(found, "said").claimant().mention().text());
        assertTrue(found.stream().noneMatch(c -> c.claimant() != null && c.claimant().mention() != null
                && c.claimant().mention().text().startsWith("a host")), found.toString());
        Claim inverted = byCue(claims("The bridge will open in May, said a spokesman for the city."), "said");
        assertEquals("The bridge will open in May", inverted.content().text());
    }

    @Test
    void contactRelativeClauseIsNoAttribution() {
        List<Claim> found = claims("The mayor said she saw the meeting as a rare, if brief, chance to ask a question only he could answer.");
        Claim said = byCue(found, "said");
        assertTrue(said.content().text().endsWith("only he could answer"), said.content().text());
        assertTrue(found.stream().noneMatch(c -> c.cue().text().equals("could answer")), found.toString());
    }

    @Test
    void turnsOfPhraseWithSayAreNoAttribution() {
        assertTrue(claims("That said, the bridge will not open before May.").isEmpty());
        assertTrue(claims("The new bridge is no cheaper than, say, the old ferry.").isEmpty());
    }

    @Test
    void relativePronounBeforeACueTakesNoContentBeforeIt() {
        Claim c = byCue(claims("Then there was the talk show host Ann Berg, who lamented in an interview with a local paper,"
                + " \"We have lost the argument.\""), "lamented in an interview");
        assertEquals("We have lost the argument.", c.content().text());
    }

    @Test
    void verbAfterAnAppositionToANameIsInTheReportedClause() {
        List<Claim> found = claims("The mayor said her deputy Ann Berg, known as the fixer, wrote most of the new rules.");
        assertEquals("her deputy Ann Berg, known as the fixer, wrote most of the new rules", byCue(found, "said").content().text());
        assertTrue(found.stream().noneMatch(c -> c.cue().text().equals("wrote")), found.toString());
    }

    @Test
    void colonSpeakersAfterALeadInAndInsideAName() {
        assertEquals("Jones", claimant(byCue(claims("Turnout was low - More from Jones: \"Fewer people came out this year.\""), ":")));
        assertEquals("Marsh", claimant(byCue(claims("The vote split along party lines. From Marsh: \"Nobody expected it.\""), ":")));
        assertEquals("Consumer Watch", claimant(byCue(claims("Consumer Watch: Bank hid fees from its clients for years."), ":")));
        Claim report = byCue(claims("Not every panel is alike. More from the report: \"Samples differ widely in accuracy.\""), ":");
        assertEquals("the report", report.claimant().mention().text());
    }

    @Test
    void colonsThatIntroduceNoOnesWords() {
        assertTrue(claims("One conclusion: the plan costs far more than anyone admits.").isEmpty());
        assertTrue(claims("Ohio: Anna Berg, Tom Fox, Lee Park, Sam Cole.").isEmpty());
        assertTrue(claims("Museum Set To Open http://on.example.com/1abcD.").isEmpty());
    }

    @Test
    void toWhomOpeningASentence() {
        Claim named = byCue(claims("To Carver, the new law is a betrayal of the voters."), "To");
        assertEquals("Carver", claimant(named));
        assertEquals("the new law is a betrayal of the voters", named.content().text());
        assertEquals("the mayor is a hero", byCue(claims("To many, the mayor is a hero."), "To").content().text());
        assertTrue(claims("To win the seat, the mayor needs more votes.").isEmpty());
        assertTrue(claims("To Senate leaders, the bill came too late.").stream().noneMatch(c -> c.cue().text().equals("To")));
    }

    @Test
    void namedPollInsideASentence() {
        Claim poll = byCue(claims("The mayor leads by six points in a Daily Ledger poll released Monday."), "in");
        assertEquals("The mayor leads by six points", poll.content().text());
        assertTrue(claims("The mayor has been sinking in the polls for weeks.").isEmpty());
    }

    @Test
    void anyVerbBeforeAColonAndAQuotation() {
        Claim boomed = byCue(claims("The mayor leaned in and boomed: \"We will win this fight.\""), "boomed:");
        assertEquals("the mayor", claimant(boomed).toLowerCase());
        assertEquals("We will win this fight.", boomed.content().text());
        Claim statement = byCue(claims("The governor released a short statement:\n\n\"We grieve with the families.\""),
                "released a short statement");
        assertEquals("We grieve with the families.", statement.content().text());
    }
    @Test
    void receivedJudgementTakesItsSourceFromTheFromPhrase() {
        Claim c = byCue(claims("The new toll plan quickly drew sharp criticism from local shop owners."), "quickly drew sharp criticism");
        assertEquals("local shop owners", c.claimant().mention().text());
        assertEquals("The new toll plan", c.content().text());
        assertTrue(claims("The mayor received a call from the governor.").isEmpty());
    }

    @Test
    void pollSharesAsSubjects() {
        assertEquals("47%", byCue(claims("Among renters, 47% say the bridge should be rebuilt."), "say").claimant().mention().text());
        assertEquals("85% of renters", byCue(claims("In Leeds, 85% of renters said rents are too high."), "said").claimant().mention().text());
        assertEquals("Nine out of 10", byCue(claims("Nine out of 10 say the roads are worse."), "say").claimant().mention().text());
        assertEquals("renters under 30", byCue(claims("In Leeds, renters under 30 said rents are too high."), "said").claimant().mention().text());
        assertEquals("Less than a third", byCue(claims("Less than a third agreed with the mayor."), "agreed with").claimant().mention().text());
        assertTrue(byCue(claims("Just over a quarter, 26 percent, say they will move."), "say").claimant().mention().text()
                .startsWith("Just over a quarter"));
    }
    @Test
    void eagerTakesItsInfinitiveAsContent() {
        Claim c = byCue(claims("The mayor is eager to show that the new toll plan works."), "is eager");
        assertEquals("The mayor", claimant(c));
        assertEquals("to show that the new toll plan works", c.content().text());
    }
    @Test
    void subjectListedWithCommasBeforeItsCoordination() {
        assertEquals("Labor unions, farm groups, and many lawmakers", byCue(claims(
                "Labor unions, farm groups, and many lawmakers said the plan was unfair."), "said").claimant().mention().text());
        assertEquals("The families, neighbors and city officials", byCue(claims(
                "The families, neighbors and city officials said the fire was set."), "said").claimant().mention().text());
        assertEquals("aides and lawmakers", byCue(claims(
                "After the vote, aides and lawmakers said the race was close."), "said").claimant().mention().text());
    }
    @Test
    void companionsAndExamplesSetOffByCommasBelongToTheSubject() {
        assertEquals("Local economists, like their rivals", byCue(claims(
                "Local economists, like their rivals, say the tax will slow growth."), "say").claimant().mention().text());
        assertEquals("Ms. Fox, along with reporter Tom Cole", byCue(claims(
                "Ms. Fox, along with reporter Tom Cole, wrote that the mill had closed."), "wrote").claimant().mention().text());
    }
    @Test
    void participleOfAttitudeAfterACopulaIsAnAdjective() {
        assertEquals("The mayor", claimant(byCue(claims("The mayor is worried that the bridge will close."), "is worried")));
        Claim about = byCue(claims("Local farmers are worried about the new dam."), "are worried about");
        assertEquals("Local farmers", claimant(about));
        assertEquals("the new dam", about.content().text());
    }
    @Test
    void thoseWhoWithALongRelativeClauseAreTheSubject() {
        assertEquals("those whose main worry was the rent", byCue(claims(
                "In the city, those whose main worry was the rent tended to support the mayor."), "tended to support")
                .claimant().mention().text());
        assertEquals("About 27 percent of those who named a candidate", byCue(claims(
                "About 27 percent of those who named a candidate said they could still change their minds."), "said")
                .claimant().mention().text());
    }

    @Test
    void titleCaseHeadlineReadInSentenceCase() {
        // "Vowed" and "To" are no part of a name: the verb group and its infinitive read as in running text
        Claim c = byCue(claims("Governor Anna Berg Just Vowed To Never Raise Taxes Again\n\nThe budget passed on Monday."),
                "Just Vowed");
        assertEquals("To Never Raise Taxes Again", c.content().text());
        assertEquals("Governor Anna Berg", c.claimant().mention().text());
        // a second verb of the same subject after a comma: "..., Calls Budget Plan 'Fair'"
        List<Claim> two = claims("Mayor Lee Says Taxes Will Fall, Calls Budget Plan ‘Fair.’\n\nThe budget passed.");
        assertEquals("Taxes Will Fall", byCue(two, "Says").content().text());
        assertEquals("Mayor Lee", claimant(byCue(two, "Calls")));
    }

    @Test
    void nounLikeVerbAfterANameWithABareObject() {
        // "Berg blames", "Lee vows" are a name and its verb when a noun phrase without a determiner closes after them
        Claim blames = byCue(claims("Berg blames landlords for the housing shortage.\n\nThe council met on Monday."), "blames");
        assertEquals("Berg", claimant(blames));
        assertEquals("landlords for the housing shortage", blames.content().text());
        assertEquals("Lee", claimant(byCue(claims("Voters wary as Lee vows change.\n\nThe vote is in May."), "vows")));
        // a plural noun with a verb of its own after it: "Initial estimates put the cost at ..."
        assertTrue(claims("Initial estimates put the cost at $4 million.").stream()
                .noneMatch(c -> c.cue() != null && c.cue().text().equals("estimates")));
    }

    @Test
    void infinitiveWhoseVerbOpensAQuotation() {
        // 'vowed to "cut taxes"': the quotation opens inside the infinitive, which is the content as without quotes
        Claim vowed = byCue(claims("The governor vowed to \"cut taxes for every family\" in her first year."), "vowed");
        assertEquals("to \"cut taxes for every family\" in her first year", vowed.content().text());
        Claim pledges = byCue(claims("Berg pledges to \"end\" the toll on the bridge."), "pledges");
        assertEquals("to \"end\" the toll on the bridge", pledges.content().text());
    }

    @Test
    void contractedHasBeforeASpeechVerb() {
        // "he's said" is "he has said", not a passive "he is said"
        Claim said = byCue(claims("While she's said she will run again, the mayor has not filed."), "'s said");
        assertEquals("she", said.claimant().mention().text());
        assertEquals("she will run again", said.content().text());
        assertEquals("He", byCue(claims("He’s also predicted a late surge in the polls."), "’s also predicted")
                .claimant().mention().text());
        assertEquals("more police on the streets", byCue(claims("The mayor, who's called for more police on the streets, "
                + "spoke first."), "'s called for").content().text());
    }

    @Test
    void callUponLikeCallOn() {
        Claim upon = byCue(claims("The mayor called upon the council to fund the clinic."), "called upon");
        assertEquals("The mayor", claimant(upon));
        assertEquals("the council to fund the clinic", upon.content().text());
    }

    @Test
    void namedPicksSomeoneOutButNotAsAModifier() {
        Claim named = byCue(claims("The governor named Lee as her choice for the court."), "named");
        assertEquals("The governor", claimant(named));
        assertTrue(claims("They hired a lawyer named Anna Berg.").stream().noneMatch(c -> c.cue() != null));
        assertTrue(claims("The council met to name a new chief in May.").stream().noneMatch(c -> c.cue() != null));
    }

    @Test
    void compareWithAnObjectAndTo() {
        Claim compared = byCue(claims("Berg compared the new tax to a toll on every family."), "compared");
        assertEquals("Berg", claimant(compared));
        assertEquals("the new tax to a toll on every family", compared.content().text());
        assertTrue(claims("Sales rose 4 percent, compared with 2 percent last year.").stream().noneMatch(c -> c.cue() != null));
    }

    @Test
    void fractionsAndOlderVotersAsSubjectsOfABaseForm() {
        assertEquals("A third", claimant(byCue(claims("A third say they will not vote at all."), "say")));
        assertEquals("Those over 65", byCue(claims("Those over 65 say the clinic should stay open."), "say")
                .claimant().mention().text());
    }

    @Test
    void saidByTelephoneIsNoPassive() {
        Claim c = byCue(claims("\"We will appeal,\" the lawyer said by telephone on Friday."), "said");
        assertEquals("the lawyer", c.claimant().mention().text());
        assertEquals("We will appeal", c.content().text());
    }

    @Test
    void verbOfPresentingWithAnObjectAndAs() {
        Claim cast = byCue(claims("Berg cast the new tax as a threat to every family."), "cast");
        assertEquals("Berg", claimant(cast));
        assertEquals("the new tax as a threat to every family", cast.content().text());
        assertEquals("Lee", claimant(byCue(claims("Lee is framing the vote as a test of trust."), "is framing")));
        assertTrue(claims("Most voters cast their ballots early.").stream().noneMatch(c -> c.cue() != null));
        assertTrue(claims("Voters who identify as independents can vote.").stream().noneMatch(c -> c.cue() != null));
    }

    @Test
    void talkUpAndPlayUpLikePlayDown() {
        assertEquals("Lee", claimant(byCue(claims("Lee talked up the new bridge at every stop."), "talked up")));
        assertEquals("the new bridge", byCue(claims("Lee played up the new bridge."), "played up").content().text());
    }

    @Test
    void mannerAdverbInsideAPhrasalCue() {
        Claim highly = byCue(claims("The former judge spoke highly of the mayor's record on housing."), "spoke highly of");
        assertEquals("The former judge", claimant(highly));
        assertEquals("the mayor's record on housing", highly.content().text());
        assertEquals("She", claimant(byCue(claims("She has spoken at length about her years on the council."),
                "has spoken at length about")));
    }

    @Test
    void addresseeThenTopicOfOrAgainst() {
        Claim against = byCue(claims("The mayor warned the council against a new toll on the bridge."), "warned");
        assertEquals("The mayor", claimant(against));
        assertEquals("against a new toll on the bridge", against.content().text());
        assertEquals("of a coming crisis", byCue(claims("Lee warned them of a coming crisis."), "warned").content().text());
    }

    @Test
    void gerundAfterAPrepositionThroughAdverbsOrAfterAsStaysInTheContent() {
        // "by repeatedly refusing", "as offering": a gerund inside the clause, not a participle clause that ends it
        Claim said = byCue(claims("The mayor said the council had hurt the city by repeatedly refusing to fund the bridge."), "said");
        assertEquals("the council had hurt the city by repeatedly refusing to fund the bridge", said.content().text());
        Claim described = byCue(claims("The senator described the bill as offering relief to farmers."), "described");
        assertEquals("the bill as offering relief to farmers", described.content().text());
    }

    @Test
    void stanceOpeningInsideAnotherClaimsContentIsPartOfIt() {
        // "would support" opens inside what was asked: no claim of its own, even where its content would run on
        List<Claim> found = claims("Asked in May whether he would support Anna Berg if she is the nominee, Lee gave a long answer.");
        assertEquals("whether he would support Anna Berg if she is the nominee", byCue(found, "Asked").content().text());
        assertTrue(found.stream().noneMatch(c -> c.cue().text().equals("would support")), found.toString());
    }

    @Test
    void verbCoordinatedInsideAReportedClauseStaysInIt() {
        // "and wanted" goes on the clause she reported, not a claim of its own that ends it
        List<Claim> found = claims("The nurse said she was tired of the long shifts and wanted a better contract.");
        assertEquals("she was tired of the long shifts and wanted a better contract", byCue(found, "said").content().text());
        assertTrue(found.stream().noneMatch(c -> c.cue().text().equals("wanted")), found.toString());
        // a verb not in the past after a cue in the past goes on its infinitive: "asked the boy to stand up and say"
        List<Claim> asked = claims("The teacher asked the boy to stand up and say his name.");
        assertEquals("the boy to stand up and say his name", byCue(asked, "asked").content().text());
        // a speech verb coordinated with the cue is a claim of its own: "said X and vowed Y"
        List<Claim> vowed = claims("The mayor said the bridge was unsafe and vowed to close it.");
        assertEquals("the bridge was unsafe", byCue(vowed, "said").content().text());
    }

    @Test
    void phrasalVerbOfAnotherSenseIsNoCue() {
        // "showed up at", "thanks to": the particle gives the verb a sense that reports nothing
        assertTrue(claims("Thousands of voters showed up at the town hall on Monday.").isEmpty());
        assertTrue(claims("The mayor will show up at the fair.").isEmpty());
        assertTrue(claims("The town grew quickly thanks to cheap land.").isEmpty());
        Claim showed = byCue(claims("The survey showed that rents rose."), "showed");
        assertEquals("that rents rose", showed.content().text());
    }

    @Test
    void questionToTheReaderIsNoClaim() {
        // "Do you support ...?" asks the reader for a view; a question about someone else's view keeps its cue
        assertTrue(claims("Do you support the new bridge?").isEmpty());
        assertTrue(claims("Would you really want a toll on every road?").isEmpty());
        assertTrue(claims("Do you believe the bridge is safe?").isEmpty());
        assertEquals("the mayor", claimant(byCue(claims("Does the mayor think the bridge is safe?"), "think")));
    }

    @Test
    void knowingAPersonIsAcquaintance() {
        // "has known Berg since 1990", "knows him well": a person known, no knowledge of a claim
        assertTrue(claims("The treasurer has known Berg since their school days.").isEmpty());
        assertTrue(claims("Lee knows him well, and they often dine together.").isEmpty());
        Claim knows = byCue(claims("Lee knows the plan will fail."), "knows");
        assertEquals("the plan will fail", knows.content().text());
    }

    @Test
    void seeingWithoutAsIsNoParticiple() {
        // "seeing X as Y" judges; "after seeing the results" only watches
        assertTrue(claims("The council changed course after seeing the flooded streets.").isEmpty());
    }

    @Test
    void pastFormOpeningALabelIsNoCue() {
        // "Revealed: ...", "Pledged: 12.", "Declared Candidates": a heading or a label; but "Said Berg, ..." inverts
        assertTrue(claims("Revealed: The Ten Streets With The Worst Potholes.").isEmpty());
        assertTrue(claims("Pledged: 12.").isEmpty());
        assertEquals("Berg, \"The bridge is safe.\"", byCue(claims("Said Berg, \"The bridge is safe.\""), "Said").content().text());
    }

    @Test
    void seekingAnOfficeIsRunning() {
        // "is seeking reelection", "sought the nomination": a candidacy, no claim; "sought the council's approval" asks
        assertTrue(claims("The governor, who is seeking reelection, toured the plant.").isEmpty());
        assertTrue(claims("Berg sought the Democratic nomination in 2012.").isEmpty());
        assertEquals("Berg", claimant(byCue(claims("Berg sought the council's approval for the plan."), "sought")));
    }

    @Test
    void asOpposedToIsNoStance() {
        // "as opposed to" compares: no one opposes anything
        assertTrue(claims("Rents rose by 3 percent, as opposed to 5 percent last year.").isEmpty());
    }

    @Test
    void wordsOfAnEmbeddedPostAreNoCues() {
        // '<tweet ...>Berg says ...</tweet>': the post is its author's words, like a quotation; after it, cues count again
        String text = "Fans answered online.\n\n<tweet id=\"1\" author=\"@fan\">Berg says the bridge will open in May</tweet>.\n\n"
                + "The mayor said the bridge is safe.";
        List<Claim> found = claims(text);
        assertTrue(found.stream().noneMatch(c -> c.cue() != null && c.cue().text().equals("says")), found.toString());
        assertEquals("the bridge is safe", byCue(found, "said").content().text());
        // an attribute named after the tag is no closing of it
        assertTrue(claims("<tweet pic=\"\" author=\"@fan\" tweet_id=\"2\">I refuse to pay the toll</tweet>.").isEmpty());
    }

    @Test
    void nounInIngIsNoParticiple() {
        // "her poor showing and", "critical thinking and": an -ing word closing its noun phrase is a noun; "a report
        // suggesting that" and "officials seeking to" open a participle clause
        assertTrue(claims("Her poor showing and the storm hurt the mayor.").isEmpty());
        assertTrue(claims("The schools teach critical thinking and problem solving.").isEmpty());
        assertEquals("A report", byCue(claims("A report suggesting that rents rose was published."), "suggesting")
                .claimant().mention().text());
        assertEquals("Officials", byCue(claims("Officials seeking to calm voters spoke on Monday."), "seeking")
                .claimant().mention().text());
    }

    @Test
    void clauseAfterAnOpenerAndAccordingToIsNoApposition() {
        // "Since November, according to the report, the city has lost": the clause after the source's comma has a verb
        Claim since = byCue(claims("Since November, according to the report, the city has lost 3,000 jobs."), "according to");
        assertEquals("the report", since.claimant().mention().text());
        assertEquals("the city has lost 3,000 jobs", since.content().text());
    }

    @Test
    void timePhraseBeforeAReportedClauseWithoutThat() {
        // "said in March it takes time": the time phrase is the cue's, the clause after it is what was said
        assertEquals("it takes time to fix the roads",
                byCue(claims("The mayor said in March it takes time to fix the roads."), "said").content().text());
    }

    @Test
    void prepositionOfWarningAndPleaBelongsToTheCue() {
        Claim warned = byCue(claims("The mayor warned against closing the bridge in winter."), "warned against");
        assertEquals("closing the bridge in winter", warned.content().text());
        byCue(claims("The contractor pleaded guilty to fraud last year."), "pleaded guilty");
        byCue(claims("The council acquiesced to the mayor's demand for a new bridge."), "acquiesced to");
    }

    @Test
    void weekdayAfterTheVerbBelongsToTheCue() {
        Claim c = byCue(claims("\"The bridge will open in May,\" the mayor said Tuesday."), "said Tuesday");
        assertEquals("The bridge will open in May", c.content().text());
        byCue(claims("The agency reported Friday that the bridge was unsafe."), "reported");
        byCue(claims("\"It is safe,\" the mayor said Tuesday night."), "said");
    }

    @Test
    void adverbBeforeAParticipleBelongsToTheCue() {
        Claim c = byCue(claims("The mayor spoke for an hour, repeatedly insisting that the bridge was safe."), "repeatedly insisting");
        assertEquals("that the bridge was safe", c.content().text());
    }

    @Test
    void topicAfterSaidOfBeforeACommaStaysOutOfTheCue() {
        Claim c = byCue(claims("The mayor said of the plan, \"It will cost too much.\""), "said");
        assertEquals("It will cost too much.", c.content().text());
    }

    @Test
    void hedgeAdverbBeforeASpeechVerbHedgesTheSpeakersClaim() {
        // "reportedly said": the mayor's claim, hedged, not an unattributed hedge over the whole sentence
        Claim said = byCue(claims("The mayor reportedly said he would close the bridge."), "reportedly said");
        assertEquals("The mayor", said.claimant().mention().text());
        assertEquals("he would close the bridge", said.content().text());
        assertEquals(List.of("reportedly"), said.hedges());
    }

    @Test
    void appositionAfterASubjectWithAPrepositionalPhrase() {
        // "One of them, Acme Mutual, has threatened": the phrase read leftwards from the comma stops at "of"
        assertEquals("One of them, Acme Mutual", byCue(claims("One of them, Acme Mutual, has threatened to leave the market."),
                "has threatened").claimant().mention().text());
        assertEquals("A farmer from the valley, Jon Ames", byCue(claims("A farmer from the valley, Jon Ames, told reporters the dam "
                + "had failed."), "told").claimant().mention().text());
    }

    @Test
    void adverbAfterARelativeClauseWithWhose() {
        Claim speaks = byCue(claims("Mr. Vale, whose firm builds ships, seldom speaks of his rivals."), "speaks of");
        assertEquals("Vale", claimant(speaks));
        // a quantifier after an opening phrase is the subject itself
        assertEquals("all", byCue(claims("To varying degrees, all agreed that the tax would rise."), "agreed")
                .claimant().mention().text());
    }

    @Test
    void participleAfterAnObjectAndATimeSharesTheSubject() {
        // "sent a letter this week urging": the letter's sender urges, past the time of the sending
        Claim urging = byCue(claims("A group of nurses sent a letter this week urging the council to reopen the clinic."), "urging");
        assertEquals("A group of nurses", urging.claimant().mention().text());
    }

    @Test
    void pollKeepsItsDateAndANewspaperItsName() {
        assertEquals("A Gazette poll last week", byCue(claims("A Gazette poll last week found that most voters back the plan."),
                "found").claimant().mention().text());
        assertEquals("The mayor", byCue(claims("The mayor on Tuesday said the plan was dead."), "said").claimant().mention().text());
        assertEquals("USA TODAY", byCue(claims("The bridge is old. USA TODAY reported that it would close."), "reported")
                .claimant().mention().text());
    }

    @Test
    void subjectWithItsAgent() {
        // "A poll released Sunday by X found": the agent's "by" stops the phrase read leftwards, not the subject
        assertEquals("A poll released Sunday by the Gazette and Channel 4", byCue(claims("A poll released Sunday by the Gazette "
                + "and Channel 4 found that the mayor leads."), "found").claimant().mention().text());
        assertEquals("A study by two economists", byCue(claims("A study by two economists found that the tax works."), "found")
                .claimant().mention().text());
    }

    @Test
    void causativeAfterAClauseWordAndAllow() {
        assertEquals("Jo Reyes", byCue(claims("The ruling was harsh, and it prompted Jo Reyes to accuse the court of bias."),
                "to accuse").claimant().mention().text());
        assertEquals("him", byCue(claims("The scenes could allow him to call for law and order."), "to call for")
                .claimant().mention().text());
    }

    @Test
    void conjunctionBeforeASubjectStaysOut() {
        Claim vowed = byCue(claims("The mayor called the plan \"dead,\" for instance, and Jo Reyes vowed to \"fight it\" in court."),
                "vowed");
        assertEquals("Jo Reyes", vowed.claimant().mention().text());
    }

    @Test
    void lightVerbParticipleSharesTheMainClausesSubject() {
        // ", offering dire warnings about": a cue noun's light verb in a participle clause after a comma
        Claim offering = byCue(claims("Lee has changed his tone to match the mood, offering dire warnings about crime."),
                "offering dire warnings about");
        assertEquals("Lee", offering.claimant().mention().text());
    }

    @Test
    void appositionAfterWhereOrWhen() {
        Claim sought = byCue(claims("The case was one where Ana Ruiz, a lawyer for the union, sought to block the law."), "sought");
        assertEquals("Ana Ruiz, a lawyer for the union", sought.claimant().mention().text());
    }
}
