package claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the quantities a claim states: a number in digits or words, scaled by "thousand", "million"...,
 * with its unit: "percent" for % or "percent", "dollars" (and so on) for a currency sign, else the noun after
 * it ("3,000 soldiers"). Years and days of the month are left out.
 */
final class QuantityFinder {

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1d), Map.entry("two", 2d),
            Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d), Map.entry("six", 6d), Map.entry("seven", 7d),
            Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d), Map.entry("eleven", 11d),
            Map.entry("twelve", 12d), Map.entry("thirteen", 13d), Map.entry("fourteen", 14d), Map.entry("fifteen", 15d),
            Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d), Map.entry("nineteen", 19d),
            Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d), Map.entry("fifty", 50d),
            Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d), Map.entry("ninety", 90d),
            Map.entry("hundred", 100d), Map.entry("dozen", 12d), Map.entry("dozens", 12d), Map.entry("hundreds", 100d),
            Map.entry("thousands", 1000d), Map.entry("millions", 1e6));
    private static final Map<String, Double> SCALES = Map.of("hundred", 100d, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6, "k", 1e3);
    private static final Map<String, String> CURRENCIES = Map.of("$", "dollars", "€", "euros", "£", "pounds", "¥", "yen");
    private static final Set<String> PERCENT = Set.of("%", "percent", "per-cent", "pct");

    private final FunctionWords words;

    /** Whether the word is a number written out ("five", "dozens"). */
    static boolean isNumberWord(String lower) {
        return NUMBER_WORDS.containsKey(lower);
    }

    QuantityFinder(FunctionWords words) {
        this.words = words;
    }

    List<Quantity> find(Document d, TokenSpan span) {
        List<Quantity> out = new ArrayList<>();
        int k = span.first();
        while (k < span.last()) {
            int next = quantityAt(d, span, k, out);
            k = next > k ? next : k + 1;
        }
        return out;
    }

    /** Reads a quantity starting at {@code k}, adds it, and returns the index after it (or k if none). */
    private int quantityAt(Document d, TokenSpan span, int k, List<Quantity> out) {
        int start = k;
        String currency = null;
        Token t = d.token(k);
        if (t.type() == TokenType.PUNCT && CURRENCIES.containsKey(t.text()) && k + 1 < span.last()) {
            currency = CURRENCIES.get(t.text());
            k++;
            t = d.token(k);
        }
        Double value = null;
        boolean digits = false;
        if (t.type() == TokenType.NUMBER) {
            value = parse(t.text());
            digits = true;
        } else if (t.isWord() && NUMBER_WORDS.containsKey(t.lower()) && !(t.is("one") && currency == null)) {
            value = NUMBER_WORDS.get(t.lower());
        }
        if (value == null) {
            return start;
        }
        if (digits && currency == null && isDateOrYear(d, k, t)) {
            return k + 1;
        }
        int end = k + 1;
        while (end < span.last() && SCALES.containsKey(d.token(end).lower()) && d.token(end).isWord()) {
            value *= SCALES.get(d.token(end).lower());
            end++;
        }
        String unit = currency;
        if (unit == null && end < span.last()) {
            Token u = d.token(end);
            if (PERCENT.contains(u.lower())) {
                unit = "percent";
                end++;
            } else if (u.is("per") && end + 1 < span.last() && d.token(end + 1).is("cent")) {
                unit = "percent";
                end += 2;
            } else if (u.isWord() && !u.capitalized() && !words.isFunctionWord(u) && !SCALES.containsKey(u.lower())) {
                unit = u.text();
                end++;
            } else if (u.is("of") && end + 1 < span.last() && d.token(end + 1).isWord() && !words.isFunctionWord(d.token(end + 1))
                    && !d.token(end + 1).capitalized() && !digits) {
                // "dozens of soldiers"
                unit = d.token(end + 1).text();
                end += 2;
            }
        }
        out.add(new Quantity(d.span(start, end), value, unit));
        return end;
    }

    private boolean isDateOrYear(Document d, int k, Token t) {
        String s = t.text();
        if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
            int year = Integer.parseInt(s);
            if (year >= 1800 && year <= 2100) {
                return true;
            }
        }
        if (s.indexOf(':') >= 0) {
            return true;
        }
        return k > 0 && words.isTime(d.token(k - 1)) && d.token(k - 1).capitalized();
    }

    private static Double parse(String s) {
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
