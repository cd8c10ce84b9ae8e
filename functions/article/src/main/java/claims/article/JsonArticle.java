package claims.article;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/** A JSON object with the article's text and metadata in named fields. */
final class JsonArticle {

    // duplicate keys would make "which text?" ambiguous; jackson-core's StreamReadConstraints (default nesting
    // depth 1000) stop deeply nested input before it can overflow the stack
    private static final JSON READER = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS);

    /** Markup that means the text field holds HTML rather than plain text. */
    private static final Pattern HTML = Pattern.compile(
            "(?i)<(?:p|br|div|h[1-6]|ul|ol|li|blockquote|article|section|span|a|em|strong|b|i|figure|img|table)"
                    + "\\b[^>]*>");

    private JsonArticle() {
    }

    static Article read(String json) throws UnreadableArticleException {
        Object value;
        try (JsonParser parser = READER.getStreamingFactory().createParser(json)) {
            value = READER.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw malformed(parser.currentTokenLocation(), "more content after the end of the JSON value");
            }
        } catch (StreamConstraintsException e) {
            throw new UnreadableArticleException(e.getMessage().contains("nesting depth")
                    ? "JSON nested too deeply: more than " + StreamReadConstraints.defaults().getMaxNestingDepth()
                            + " levels"
                    : "JSON exceeds a parser limit: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw malformed(e.getLocation(), firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UnreadableArticleException("could not read the JSON: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> fields)) {
            throw new UnreadableArticleException("JSON article must be an object ({...}), not " + kind(value));
        }
        TextField field = text(fields);
        String text = field.value();
        if (HTML.matcher(text).find()) {
            text = HtmlText.fragmentText(text);
            if (text.isEmpty()) {
                throw new UnreadableArticleException(
                        "no text found in the HTML of the JSON \"" + field.name() + "\" field");
            }
        }
        return new Article(string(fields, "title"), text, string(fields, "url"), published(fields),
                string(fields, "outlet"), "json");
    }

    private record TextField(String name, String value) {
    }

    /** "text" if it holds text, else "body"; a present field of the wrong type is an error, not skipped. */
    private static TextField text(Map<?, ?> fields) throws UnreadableArticleException {
        String blank = null;
        for (String name : new String[] {"text", "body"}) {
            Object value = fields.get(name);
            if (value == null) {
                continue;
            }
            if (!(value instanceof String s)) {
                throw wrongType(name, value, "a string");
            }
            if (!s.isBlank()) {
                return new TextField(name, s);
            }
            if (blank == null) {
                blank = name;
            }
        }
        throw new UnreadableArticleException(blank != null
                ? "JSON article's \"" + blank + "\" field is blank"
                : "JSON article has no \"text\" or \"body\" string field");
    }

    /** An optional string field, trimmed; null when absent, null or blank. */
    private static String string(Map<?, ?> fields, String name) throws UnreadableArticleException {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw wrongType(name, value, "a string");
        }
        return s.isBlank() ? null : s.strip();
    }

    /** A date string, or a number such as a Unix timestamp, kept as the file gives it. */
    private static String published(Map<?, ?> fields) throws UnreadableArticleException {
        Object value = fields.get("published");
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value != null && !(value instanceof String)) {
            throw wrongType("published", value, "a string or a number");
        }
        return string(fields, "published");
    }

    private static UnreadableArticleException wrongType(String name, Object value, String expected) {
        return new UnreadableArticleException(
                "JSON article's \"" + name + "\" field must be " + expected + ", not " + kind(value));
    }

    private static String kind(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof Collection || value instanceof Object[]) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        return "null";
    }

    private static UnreadableArticleException malformed(JsonLocation at, String problem) {
        return new UnreadableArticleException(at == null || at.getLineNr() < 0
                ? "malformed JSON: " + problem
                : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + problem);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
