package claims.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** HTML to paragraphs of plain text, plus the metadata a news page usually carries. */
final class HtmlText {

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    /** Never article text: page furniture, code, and controls. */
    private static final String NOT_TEXT = "script, style, noscript, template, nav, aside, form, iframe, svg, button";

    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "section", "article", "main", "header", "footer", "figure", "figcaption",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "address", "hr", "details", "summary", "center",
            "body");

    private HtmlText() {
    }

    static Article read(byte[] content) throws UnreadableArticleException {
        Document doc;
        try {
            // a null charset lets jsoup follow the BOM or <meta charset>, falling back to UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableArticleException("could not read the HTML: " + e.getMessage());
        }
        // metadata first: cleaning the body below removes the header that often holds the <h1> and <time>
        Element root = contentRoot(doc);
        String title = first(meta(doc, "meta[property=og:title]"), clean(doc.title()),
                firstText(root.select("h1")), firstText(doc.select("h1")));
        String url = first(attr(doc.selectFirst("link[rel~=(?i)^canonical$]"), "href"),
                meta(doc, "meta[property=og:url]"));
        String published = first(
                meta(doc, "meta[property=article:published_time], meta[name=article:published_time]"),
                attr(root.selectFirst("time[datetime]"), "datetime"),
                attr(doc.selectFirst("time[datetime]"), "datetime"),
                meta(doc, "meta[name=date]"),
                meta(doc, "meta[name=pubdate]"));
        String outlet = meta(doc, "meta[property=og:site_name]");
        String text = paragraphs(root);
        if (text.isEmpty()) {
            throw new UnreadableArticleException(
                    "no text found in the HTML page (looked in <article>, <main> and <body>)");
        }
        return new Article(title, text, url, published, outlet, "html");
    }

    /** The plain text of an HTML fragment, such as a JSON article's body. */
    static String fragmentText(String html) {
        return paragraphs(contentRoot(Jsoup.parseBodyFragment(html)));
    }

    private static Element contentRoot(Document doc) {
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        return root != null ? root : doc.body();
    }

    /** Paragraphs separated by a blank line, the headline first. */
    private static String paragraphs(Element root) {
        root.select(NOT_TEXT).remove();
        // an article's own header holds its headline and byline; any other header or footer is the site's
        for (Element el : root.select("header, footer")) {
            if (el.closest("article") == null) {
                el.remove();
            }
        }
        Paragraphs paragraphs = new Paragraphs();
        // jsoup's traversal is iterative, so deeply nested markup can't overflow the stack
        NodeTraversor.filter(paragraphs, root);
        paragraphs.flush();
        List<String> list = paragraphs.list;
        // a kicker or breadcrumb may come before the headline; the text still starts with it
        if (paragraphs.headline > 0) {
            list.add(0, list.remove(paragraphs.headline));
        }
        return String.join("\n\n", list);
    }

    private static final class Paragraphs implements NodeFilter {
        final List<String> list = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        int headline = -1;
        int h1Start = -1;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element el) {
                String name = el.normalName();
                if (name.equals("br")) {
                    flush();
                } else if (name.equals("pre")) {
                    // preformatted text keeps its line breaks
                    flush();
                    String pre = el.wholeText().strip();
                    if (!pre.isEmpty()) {
                        list.add(pre);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                } else if (BLOCKS.contains(name)) {
                    flush();
                    if (name.equals("h1") && headline < 0 && h1Start < 0) {
                        h1Start = list.size();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                String name = el.normalName();
                if (BLOCKS.contains(name)) {
                    flush();
                    if (name.equals("h1") && h1Start >= 0 && headline < 0) {
                        // an empty <h1> (a logo, say) leaves the next one to be the headline
                        if (list.size() > h1Start) {
                            headline = h1Start;
                        } else {
                            h1Start = -1;
                        }
                    }
                } else if (name.equals("td") || name.equals("th")) {
                    current.append(' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String paragraph = clean(current.toString());
            if (paragraph != null) {
                list.add(paragraph);
            }
            current.setLength(0);
        }
    }

    private static String meta(Document doc, String query) {
        return attr(doc.selectFirst(query), "content");
    }

    private static String attr(Element el, String name) {
        return el == null ? null : clean(el.attr(name));
    }

    /** The text of the first element that has any. */
    private static String firstText(Elements elements) {
        for (Element el : elements) {
            String text = clean(el.text());
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** White space collapsed and trimmed; null when nothing is left. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String cleaned = WHITE_SPACE.matcher(s).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
