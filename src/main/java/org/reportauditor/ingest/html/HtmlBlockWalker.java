package org.reportauditor.ingest.html;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.reportauditor.ingest.TextAccumulator;

/**
 * Reads a page's content in document order into paragraphs and tables. Text is laid out as a
 * browser would: runs of white space collapse (except in {@code <pre>}), {@code &nbsp;} is a
 * space, {@code <br>} and the edges of block elements break lines, and every line is a paragraph.
 *
 * <p>A table is a grid of cells unless it is a frame for the page: a table holding another table,
 * or one of a single column. A frame is read as prose, its inner tables as tables.
 */
final class HtmlBlockWalker {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "aside",
            "address", "figure", "figcaption", "center", "form", "fieldset", "legend", "hr", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "caption", "details", "summary", "menu", "body");

    /** White space as HTML collapses it: ASCII only, not the ideographic space of Chinese indentation. */
    private static final Pattern COLLAPSIBLE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private final TextAccumulator out;

    HtmlBlockWalker(TextAccumulator out) {
        this.out = out;
    }

    void read(Element content) {
        StringBuilder text = new StringBuilder();
        collect(content, text, table -> {
            out.paragraphs(text.toString());
            text.setLength(0);
            HtmlTableGrid.write(HtmlTableGrid.rowsOf(table), this::cellText, out);
        });
        out.paragraphs(text.toString());
    }

    private String cellText(Element cell) {
        StringBuilder text = new StringBuilder();
        collect(cell, text, null);
        return text.toString();
    }

    /**
     * Collects the laid-out text of {@code root}; each table that is a grid goes to {@code onTable}
     * instead (when given), at its place in the text.
     */
    private static void collect(Element root, StringBuilder text, Consumer<Element> onTable) {
        NodeTraversor.filter(new NodeFilter() {
            private int preDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(layOut(textNode.getWholeText(), preDepth > 0));
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        text.append('\n');
                    } else if (element.nameIs("table") && onTable != null && HtmlTableGrid.isGrid(element)) {
                        onTable.accept(element);
                        return FilterResult.SKIP_ENTIRELY;
                    } else if (BLOCKS.contains(element.normalName())) {
                        text.append('\n');
                    }
                    if (element.nameIs("pre")) {
                        preDepth++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (BLOCKS.contains(element.normalName())) {
                        text.append('\n');
                    }
                    if (element.nameIs("pre")) {
                        preDepth--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static String layOut(String raw, boolean preformatted) {
        String spaced = raw.replace('\u00A0', ' ');
        return preformatted ? spaced : COLLAPSIBLE.matcher(spaced).replaceAll(" ");
    }
}
