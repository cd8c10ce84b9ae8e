package claims.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Markdown to plain text: the markup a reader doesn't see is dropped, paragraphs are separated by a blank line.
 * Covers what news articles use (headings, emphasis, links, lists, quotes, code), not all of CommonMark.
 */
final class MarkdownText {

    /** @param title the front matter's title, else the first heading, else null */
    record Result(String title, String text, String url, String published, String outlet) {
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern FRONT_FIELD = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:\\s*(.*)");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}(?:>[ \\t]?)+");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)+\\|?\\s*$");
    // CommonMark allows nine digits, but "1984. That year..." opening a paragraph is prose, not a list
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[-*+]|\\d{1,3}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?(.*)$");

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[[^\\]]*\\](?:\\((?:[^()]|\\([^()]*\\))*\\)|\\[[^\\]]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    // intraword underscores (snake_case) are not emphasis
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");

    /** Escaped punctuation is parked in the Private Use Area so the markup rules don't see it. */
    private static final char PARKED = '\uE000';

    private MarkdownText() {
    }

    static Result convert(String markdown) {
        String[] lines = LINE_BREAK.split(markdown, -1);
        Map<String, String> front = Map.of();
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.equals("---") || line.equals("...")) {
                    front = frontMatter(lines, 1, i);
                    start = i + 1;
                    break;
                }
            }
        }
        Blocks blocks = new Blocks();
        for (int i = start; i < lines.length; i++) {
            blocks.line(lines[i]);
        }
        blocks.end();
        String published = front.containsKey("published") ? front.get("published") : front.get("date");
        String title = front.containsKey("title") ? front.get("title") : blocks.firstHeading;
        return new Result(title, String.join("\n\n", blocks.paragraphs), front.get("url"), published,
                front.get("outlet"));
    }

    /** Simple "key: value" lines; nested YAML and lists are ignored. */
    private static Map<String, String> frontMatter(String[] lines, int from, int to) {
        Map<String, String> fields = new HashMap<>();
        for (int i = from; i < to; i++) {
            Matcher m = FRONT_FIELD.matcher(lines[i]);
            if (m.matches()) {
                String value = unquote(m.group(2).strip());
                if (!value.isEmpty()) {
                    fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return fields;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").strip();
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'").strip();
        }
        // a YAML comment needs white space before its '#', so URLs with fragments survive
        return value.replaceFirst("\\s+#.*$", "");
    }

    /** The block structure, one line at a time. */
    private static final class Blocks {
        final List<String> paragraphs = new ArrayList<>();
        final StringBuilder paragraph = new StringBuilder();
        String firstHeading;
        boolean listItem;
        String fence;
        boolean fenceQuoted;
        final StringBuilder code = new StringBuilder();

        void line(String raw) {
            if (fence != null) {
                String line = fenceQuoted ? QUOTE.matcher(raw).replaceFirst("") : raw;
                String trimmed = line.strip();
                if (trimmed.startsWith(fence) && trimmed.chars().allMatch(c -> c == fence.charAt(0))) {
                    add(code.toString().strip());
                    code.setLength(0);
                    fence = null;
                } else {
                    code.append(line).append('\n');
                }
                return;
            }
            Matcher quote = QUOTE.matcher(raw);
            boolean quoted = quote.find();
            String line = quoted ? raw.substring(quote.end()) : raw;
            Matcher m;
            if (line.isBlank()) {
                flush();
            } else if ((m = FENCE.matcher(line)).find()) {
                flush();
                fence = m.group(1);
                fenceQuoted = quoted;
            } else if ((m = ATX_HEADING.matcher(line)).matches()) {
                flush();
                heading(m.group(1) == null ? "" : m.group(1));
            } else if (paragraph.length() > 0 && !listItem && SETEXT_UNDERLINE.matcher(line).matches()) {
                String text = paragraph.toString();
                paragraph.setLength(0);
                heading(text);
            } else if (THEMATIC_BREAK.matcher(line).matches()) {
                flush();
            } else if (LINK_DEFINITION.matcher(line).matches() || TABLE_RULE.matcher(line).matches()) {
                // not text a reader sees
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                flush();
                listItem = true;
                append(m.group(1));
            } else {
                append(line);
            }
        }

        private void append(String line) {
            String text = line.strip();
            // a trailing backslash is a hard line break, not text
            if (text.endsWith("\\") && !text.endsWith("\\\\")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(text);
        }

        private void heading(String markdown) {
            String text = inline(markdown);
            if (!text.isEmpty() && firstHeading == null) {
                firstHeading = text;
            }
            add(text);
        }

        void flush() {
            if (paragraph.length() > 0) {
                add(inline(paragraph.toString()));
                paragraph.setLength(0);
            }
            listItem = false;
        }

        void end() {
            // an unclosed fence runs to the end of the file
            if (fence != null) {
                add(code.toString().strip());
            }
            flush();
        }

        private void add(String text) {
            if (!text.isBlank()) {
                paragraphs.add(text);
            }
        }
    }

    /** Inline markup removed; code spans are kept verbatim. */
    static String inline(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = CODE_SPAN.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(markup(s.substring(last, m.start()))).append(m.group(2).strip());
            last = m.end();
        }
        return out.append(markup(s.substring(last))).toString().strip();
    }

    private static String markup(String s) {
        s = ESCAPE.matcher(s).replaceAll(r -> String.valueOf((char) (PARKED + r.group(1).charAt(0))));
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = Parser.unescapeEntities(s, false);
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= PARKED && c < PARKED + 128 ? (char) (c - PARKED) : c);
        }
        return out.toString();
    }
}
