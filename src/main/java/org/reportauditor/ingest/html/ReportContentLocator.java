package org.reportauditor.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.reportauditor.grammar.ReportTitleWords;

/**
 * Finds the report in a page saved from a portal, where it sits among menus, breadcrumbs, lists of
 * related links and a footer. The report is the smallest element that holds its title (the phrase
 * 政府信息公开工作年度报告 or a variant), the template's statistical tables and at least half of
 * the page's prose, prose being text outside links (menus and link lists are links; a report is
 * not). A page without such a title is read whole.
 */
final class ReportContentLocator {
    /** A title is a short text; a paragraph that mentions the report's name is not its title. */
    private static final int MAX_TITLE_LENGTH = 120;
    private static final double SHARE_OF_PROSE = 0.5;
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u3000]+");
    /** Words every statistical table of the template holds one of; a calendar or a contact table holds none. */
    private static final List<String> TEMPLATE_TABLE_WORDS = List.of("政府信息", "申请", "行政复议", "第二十条");

    private ReportContentLocator() {
    }

    /** The element that holds the report, and whether the page's text names the report (in a title). */
    record Located(Element content, boolean titled) {
    }

    static Located locate(Element body) {
        TextLengths lengths = TextLengths.of(body);
        Map<Element, Integer> prose = lengths.prose();
        int total = prose.getOrDefault(body, 0);
        List<Element> templateTables = templateTables(body);
        List<Element> titles = titles(body, lengths.all());
        Element best = null;
        for (Element title : titles) {
            Element holder = title;
            while (holder != null && (prose.getOrDefault(holder, 0) < total * SHARE_OF_PROSE
                    || !holdsAll(holder, templateTables))) {
                holder = holder.parent();
            }
            if (holder != null && (best == null || prose.getOrDefault(holder, 0) < prose.getOrDefault(best, 0))) {
                best = holder;
            }
        }
        return new Located(best != null ? best : body, !titles.isEmpty());
    }

    /** Whether a short text, whitespace removed, names the report as a title does ({@link ReportTitleWords}). */
    static boolean isReportTitle(String compactText) {
        return compactText.length() <= MAX_TITLE_LENGTH && ReportTitleWords.in(compactText);
    }

    private static List<Element> templateTables(Element body) {
        return body.getElementsByTag("table").stream().filter(HtmlTableGrid::isGrid)
                .filter(table -> TEMPLATE_TABLE_WORDS.stream().anyMatch(table.text()::contains)).toList();
    }

    private static boolean holdsAll(Element holder, List<Element> tables) {
        return tables.stream().allMatch(table -> table == holder || table.parents().contains(holder));
    }

    /** The innermost elements outside links whose text is a report title. */
    private static List<Element> titles(Element body, Map<Element, Integer> textLengths) {
        List<Element> titles = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            // the length test first: it keeps this linear, text() of a large element is long
            if (textLengths.getOrDefault(element, 0) <= MAX_TITLE_LENGTH && isReportTitle(compact(element.text()))
                    && !isInLink(element)
                    && element.children().stream().noneMatch(child -> isReportTitle(compact(child.text())))) {
                titles.add(element);
            }
        }
        return titles;
    }

    private static boolean isInLink(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    /** The text without blanks, as {@link #isReportTitle} takes it. */
    static String compact(String text) {
        return BLANKS.matcher(text).replaceAll("");
    }

    /**
     * For every element, the number of non-blank characters of its text ({@code all}) and of its
     * text outside links ({@code prose}).
     */
    private record TextLengths(Map<Element, Integer> all, Map<Element, Integer> prose) {

        static TextLengths of(Element root) {
            TextLengths lengths = new TextLengths(new IdentityHashMap<>(), new IdentityHashMap<>());
            NodeTraversor.traverse(new NodeVisitor() {
                private int linkDepth;

                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element element && element.nameIs("a")) {
                        linkDepth++;
                    } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                        int length = compact(text.getWholeText()).length();
                        lengths.all.merge(parent, length, Integer::sum);
                        if (linkDepth == 0) {
                            lengths.prose.merge(parent, length, Integer::sum);
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (!(node instanceof Element element)) {
                        return;
                    }
                    if (element.nameIs("a")) {
                        linkDepth--;
                    }
                    if (element != root && element.parent() != null) {
                        lengths.all.merge(element.parent(), lengths.all.getOrDefault(element, 0), Integer::sum);
                        lengths.prose.merge(element.parent(), lengths.prose.getOrDefault(element, 0), Integer::sum);
                    }
                }
            }, root);
            return lengths;
        }
    }
}
