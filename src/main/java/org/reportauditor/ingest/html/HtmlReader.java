package org.reportauditor.ingest.html;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextAccumulator;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.ProblemKind;

/**
 * Reads a web page (.html, .htm, a web archive .mht, a page saved from a portal) with jsoup: takes
 * the page out of a web archive ({@link MhtmlPage}), decodes it in the charset it declares or
 * really has ({@link HtmlCharset}), drops what a reader does not see (scripts, styles, navigation,
 * hidden elements, form controls), finds the report among the portal's menus and footers
 * ({@link ReportContentLocator}) and reads it into paragraphs and tables ({@link HtmlBlockWalker}).
 */
public final class HtmlReader implements DocumentReader {
    /** A report's page is at most a few megabytes (a web archive holds its pictures too); its tree is several times that. */
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** A report's page has some thousands of tags; a tree of this many still fits in 256 MB. */
    static final int MAX_TAGS = 200_000;
    /**
     * Elements open at once, as browsers keep them: deeper ones are closed and their content goes on
     * elsewhere, so a page nested fifty thousand deep is read without a deep tree to walk, but what
     * lay past the depth is not read as it stood: a part lost.
     */
    private static final int MAX_DEPTH = 512;
    private static final String INVISIBLE = "script, style, noscript, template, nav, iframe, frame, object, embed, "
            + "svg, canvas, select, button, input, textarea, [hidden], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";

    /** The end of the page that must hold its closing tag (past it: whitespace, a comment, a script). */
    private static final int TAIL = 4096;

    private final long maxFileBytes;

    public HtmlReader() {
        this(MAX_FILE_BYTES);
    }

    /** A reader that reads no more than the first {@code maxFileBytes} of a file. */
    HtmlReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        DocumentReaders.BytesRead read = DocumentReaders.readUpTo(file, maxFileBytes);
        MhtmlPage.Part html = MhtmlPage.of(read.bytes());
        String decoded = HtmlCharset.decode(html.content(), html.charset());
        // the page's tree, not its bytes, is what fills the memory: a few hundred bytes an element
        int cutAt = startOfTag(decoded, MAX_TAGS);
        String markup = cutAt < 0 ? decoded : decoded.substring(0, cutAt);
        Document page = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(markup, "");
        Element body = page.body();
        body.select(INVISIBLE).remove();
        ReportContentLocator.Located located = ReportContentLocator.locate(body);
        TextAccumulator text = new TextAccumulator();
        // a page that names the report only in its <title> (the portal prints it in a banner image)
        String pageTitle = page.title().strip();
        if (ReportContentLocator.isReportTitle(ReportContentLocator.compact(pageTitle)) && !located.titled()) {
            text.paragraph(pageTitle);
        }
        new HtmlBlockWalker(text).read(located.content());
        RawDocument document = text.document(file, DocumentKind.HTML);
        if (read.cut().isPresent()) {
            return document.withProblem(read.cut().get());
        }
        if (cutAt >= 0) {
            return document.withProblem(DocumentReaders.partialProblem(ProblemKind.TOO_LARGE, "problem.tooManyTags",
                    DocumentReaders.nameOf(file), MAX_TAGS));
        }
        if (reachesDepth(page, MAX_DEPTH - 1)) {
            return document.withProblem(DocumentReaders.partialProblem(ProblemKind.DAMAGED, "problem.htmlNestedTooDeep",
                    DocumentReaders.nameOf(file), MAX_DEPTH));
        }
        return cutShort(markup) ? document.withProblem(DocumentReaders.partialProblem(ProblemKind.DAMAGED,
                "problem.cutShort", DocumentReaders.nameOf(file))) : document;
    }

    /** Whether any element of the tree stands {@code depth} levels deep: the parser flattened what lay deeper. */
    private static boolean reachesDepth(Document page, int depth) {
        boolean[] reached = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int at) {
                reached[0] |= at >= depth;
                return reached[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, page);
        return reached[0];
    }

    /** Where the {@code n}-th tag after the first starts, -1 where the markup has no more. */
    private static int startOfTag(String markup, int n) {
        int at = -1;
        for (int count = 0; count <= n; count++) {
            at = markup.indexOf('<', at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    /**
     * A page that opens {@code <html>} and never closes it was cut short (a download or a copy that
     * stopped): a browser's saved page always ends it. What follows the cut is lost, not omitted.
     */
    private static boolean cutShort(String markup) {
        String end = markup.length() > TAIL ? markup.substring(markup.length() - TAIL) : markup;
        String lower = end.toLowerCase(java.util.Locale.ROOT);
        return !lower.contains("</html>") && markup.toLowerCase(java.util.Locale.ROOT).contains("<html");
    }
}
