package claims.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens with their offsets, in one pass over the characters (no regular expressions,
 * so the time is linear in the length of the text whatever it holds).
 *
 * <p>Words keep inner hyphens ("anti-gay"), dots ("U.S.", "pic.twitter.com") and apostrophes ("O'Brien"),
 * but the clitics 's, 're, 've, 'll, 'd, 'm and n't become tokens of their own, because "Korea's" holds a
 * possessive and "don't" a negation that the later steps look for. Abbreviations keep their period.
 */
final class Tokenizer {

    private static final String[] CLITICS = {"s", "re", "ve", "ll", "d", "m"};

    private final Abbreviations abbreviations;

    Tokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C') {
                lineStart = true;
                i++;
                continue;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int end;
            TokenType type;
            if (Character.isLetterOrDigit(cp) || ((c == '@' || c == '#') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                end = scanWord(text, i);
                end = withAbbreviationPeriod(text, i, end);
                type = isNumber(text, i, end) ? TokenType.NUMBER : TokenType.WORD;
                add(out, text, i, end, type, lineStart);
                lineStart = false;
                i = end;
                int clitic = cliticEnd(text, i);
                if (clitic > i) {
                    add(out, text, i, clitic, TokenType.WORD, false);
                    i = clitic;
                }
                continue;
            }
            if (c == '\'' || c == '’' || c == '`') {
                int clitic = out.isEmpty() || out.get(out.size() - 1).end() != i ? -1 : cliticEnd(text, i);
                if (clitic > i) {
                    end = clitic;
                    type = TokenType.WORD;
                } else if (i + 1 < n && text.charAt(i + 1) == c && c != '’' && !closesInnerThenOuter(text, i)) {
                    end = i + 2;
                    type = TokenType.QUOTE;
                } else {
                    end = i + 1;
                    type = TokenType.SINGLE_QUOTE;
                }
            } else if (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟') {
                end = i + 1;
                type = TokenType.QUOTE;
            } else if (c == '‘' || c == '‚' || c == '‹' || c == '›') {
                end = i + 1;
                type = TokenType.SINGLE_QUOTE;
            } else if (isDash(c)) {
                end = i + 1;
                while (end < n && isDash(text.charAt(end))) {
                    end++;
                }
                type = TokenType.DASH;
            } else if (c == '.') {
                end = i + 1;
                while (end < n && text.charAt(end) == '.') {
                    end++;
                }
                type = TokenType.PUNCT;
            } else {
                end = i + Character.charCount(cp);
                type = TokenType.PUNCT;
            }
            add(out, text, i, end, type, lineStart);
            lineStart = false;
            i = end;
        }
        return out;
    }

    /**
     * "''... 'a special case,''' Mr. Putin said": three marks after a word close the inner quotation first
     * (one mark), then the outer one (two marks).
     */
    private static boolean closesInnerThenOuter(String text, int i) {
        return i > 0 && i + 2 < text.length() && text.charAt(i + 2) == text.charAt(i) && !Character.isWhitespace(text.charAt(i - 1));
    }

    private static void add(List<Token> out, String text, int begin, int end, TokenType type, boolean lineStart) {
        String t = text.substring(begin, end);
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.indexOf('’') >= 0) {
            lower = lower.replace('’', '\'');
        }
        out.add(new Token(out.size(), begin, end, t, lower, type, lineStart));
    }

    /** The end of the word starting at {@code start}: letters and digits with their inner joiners. */
    private static int scanWord(String text, int start) {
        int n = text.length();
        int j = start + Character.charCount(text.codePointAt(start));
        while (j < n) {
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                j += Character.charCount(cp);
                continue;
            }
            char ch = text.charAt(j);
            char prev = text.charAt(j - 1);
            char next = j + 1 < n ? text.charAt(j + 1) : ' ';
            if ((ch == '-' || ch == '\u2010' || ch == '\u2011') && Character.isLetterOrDigit(next)) {
                j++;
            } else if (ch == '.' && Character.isLetter(prev) && Character.isLetter(next)) {
                j++;
            } else if ((ch == ',' || ch == '.' || ch == ':') && Character.isDigit(prev) && Character.isDigit(next)) {
                j++;
            } else if (ch == '/' && Character.isLetter(prev) && Character.isLetter(next)) {
                j++; // "CNN/ORC", "and/or"
            } else if (ch == '&' && Character.isUpperCase(prev) && Character.isUpperCase(next)) {
                j++;
            } else if ((ch == '\'' || ch == '’') && Character.isLetter(next)) {
                if (isClitic(text, j)) {
                    break;
                }
                if ((next == 't' || next == 'T') && (prev == 'n' || prev == 'N') && !Character.isLetter(charAt(text, j + 2))
                        && j - 1 > start) {
                    return j - 1;
                }
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Adds the period after an abbreviation ("Mr.", "U.S.", "F.") to the word. */
    private int withAbbreviationPeriod(String text, int begin, int end) {
        if (end >= text.length() || text.charAt(end) != '.' || (end + 1 < text.length() && text.charAt(end + 1) == '.')) {
            return end;
        }
        int k = end + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        char next = k < text.length() ? text.charAt(k) : ' ';
        return abbreviations.takesPeriod(text.substring(begin, end), next) ? end + 1 : end;
    }

    /** The end of a clitic ('s, n't, ...) starting at {@code i}, or {@code i} if there is none. */
    private static int cliticEnd(String text, int i) {
        if (i >= text.length()) {
            return i;
        }
        char c = text.charAt(i);
        if ((c == 'n' || c == 'N') && i + 2 < text.length() && (text.charAt(i + 1) == '\'' || text.charAt(i + 1) == '’')
                && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T') && !Character.isLetter(charAt(text, i + 3))) {
            return i + 3;
        }
        if ((c == '\'' || c == '’') && isClitic(text, i)) {
            int j = i + 1;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            return j;
        }
        return i;
    }

    /** Whether the apostrophe at {@code i} starts one of the clitics 's 're 've 'll 'd 'm, standing alone. */
    private static boolean isClitic(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j)) && j - i <= 3) {
            j++;
        }
        if (j < text.length() && Character.isLetter(text.charAt(j))) {
            return false;
        }
        String rest = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        for (String clitic : CLITICS) {
            if (clitic.equals(rest)) {
                return true;
            }
        }
        return false;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private static boolean isNumber(String text, int begin, int end) {
        for (int k = begin; k < end; k++) {
            char ch = text.charAt(k);
            if (!(Character.isDigit(ch) || ch == ',' || ch == '.' || ch == ':')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '―' || c == '‒' || c == '−';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
                || c == '\u200C' || c == '\u200D' || c == '\u2060' || Character.getType(c) == Character.FORMAT;
    }
}
