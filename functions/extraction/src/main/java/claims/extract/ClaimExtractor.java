package claims.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the claims in an article's plain text. Build one and share it: it is immutable and thread-safe, and
 * building it loads its lexicons.
 *
 * <p>The steps, each a class of its own:
 * <ol>
 * <li>{@link Tokenizer} (tokens with UTF-16 offsets), {@link SentenceSplitter}, {@link QuoteFinder};</li>
 * <li>{@link AttributionFinder}, sentence by sentence: {@link CueFinder} finds the cues from the hand-written
 * lexicons in the resources ({@link VerbCues}, {@link HedgeCues}, {@link NounCues}, "according to", colons);
 * {@link SourceFinder} (with {@link SubjectFinder}) finds each cue's source and on which side its content lies;
 * {@link ContentFinder} finds the content; {@link QuoteContinuation} carries a quotation over the quotations that
 * follow it unattributed;</li>
 * <li>{@link NameFinder} and {@link ClaimantResolver}: who each source is, across the article (pronouns,
 * surnames, descriptions, roles);</li>
 * <li>{@link ClaimBuilder}: the claim, with {@link StanceClassifier}, {@link HedgeFinder}, {@link EntityFinder},
 * {@link QuantityFinder}, and the chain of relaying sources from {@link Nesting}.</li>
 * </ol>
 * Every step is linear or near-linear in the length of the text (scans are bounded; no regular expression runs
 * on the text), so pathological input costs time in proportion to its length.
 */
public final class ClaimExtractor {

    private final Tokenizer tokenizer;
    private final SentenceSplitter sentences;
    private final QuoteFinder quotes;
    private final AttributionFinder attributions;
    private final NameFinder names;
    private final ClaimantResolver claimants;
    private final ClaimBuilder builder;

    public ClaimExtractor() {
        Abbreviations abbreviations = new Abbreviations();
        FunctionWords words = new FunctionWords();
        Gazetteer gazetteer = new Gazetteer();
        CueLexicon lexicon = new CueLexicon(new Inflector());
        NounPhrases phrases = new NounPhrases(words, gazetteer, lexicon);
        Adverbials adverbials = new Adverbials(words, phrases);
        ColonSpeakers colons = new ColonSpeakers(words, phrases, lexicon);
        this.tokenizer = new Tokenizer(abbreviations);
        this.sentences = new SentenceSplitter(abbreviations, lexicon::isSpeechForm);
        this.quotes = new QuoteFinder();
        this.attributions = new AttributionFinder(new CueFinder(lexicon, words, phrases, colons),
                new SourceFinder(words, phrases, gazetteer, adverbials, colons),
                new ContentFinder(words, phrases, gazetteer), new QuoteContinuation(adverbials, phrases), adverbials, words,
                new InnerClaims(gazetteer), new Headlines(lexicon, words));
        this.names = new NameFinder(words, gazetteer);
        this.claimants = new ClaimantResolver(words, gazetteer, phrases, new FirstNames());
        this.builder = new ClaimBuilder(new StanceClassifier(tokenizer), new HedgeFinder(lexicon), new QuantityFinder(words));
    }

    /** The claims in {@code text}, in the order their content appears. Offsets index into {@code text}. */
    public List<Claim> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Document d = analyse(text);
        List<Attribution> found = attributions.find(d);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Name> named = names.find(d);
        Nesting nesting = new Nesting(found);
        ClaimantResolver.Resolution resolved = claimants.resolve(d, named, found, nesting);
        EntityFinder.Index entities = new EntityFinder.Index(d, named);
        List<Claim> out = new ArrayList<>(found.size());
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < found.size(); k++) {
            Attribution a = found.get(k);
            String key = a.content().first() + ":" + a.content().last() + ":" + a.cue().first();
            if (!seen.add(key)) {
                continue;
            }
            List<String> via = ClaimBuilder.via(found, nesting, resolved.claimants(), resolved.relays().get(k), k);
            out.add(builder.build(d, a, resolved.claimants().get(k), via, entities));
        }
        out.sort(Comparator.comparingInt((Claim c) -> c.content().begin()).thenComparingInt(c -> c.cue().begin()));
        return List.copyOf(out);
    }

    /** Tokens, sentences and quotations of a text (package-private for tests of those steps). */
    Document analyse(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        return new Document(text, tokens, sentences.split(tokens), quotes.find(text, tokens));
    }
}
