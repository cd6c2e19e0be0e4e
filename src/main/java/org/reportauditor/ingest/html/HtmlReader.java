package org.reportauditor.ingest.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextAccumulator;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;

/**
 * Reads a web page (.html, .htm, a web archive .mht, a page saved from a portal) with jsoup: takes
 * the page out of a web archive ({@link MhtmlPage}), decodes it in the charset it declares or
 * really has ({@link HtmlCharset}), drops what a reader does not see (scripts, styles, navigation,
 * hidden elements, form controls), finds the report among the portal's menus and footers
 * ({@link ReportContentLocator}) and reads it into paragraphs and tables ({@link HtmlBlockWalker}).
 */
public final class HtmlReader implements DocumentReader {
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final String INVISIBLE = "script, style, noscript, template, nav, iframe, frame, object, embed, "
            + "svg, canvas, select, button, input, textarea, [hidden], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";

    /** The end of the page that must hold its closing tag (past it: whitespace, a comment, a script). */
    private static final int TAIL = 4096;

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        Optional<Problem> tooLarge = DocumentReaders.sizeOver(file, MAX_FILE_BYTES);
        if (tooLarge.isPresent()) {
            return RawDocument.failed(file, DocumentKind.HTML, tooLarge.get());
        }
        MhtmlPage.Part html = MhtmlPage.of(Files.readAllBytes(file));
        String markup = HtmlCharset.decode(html.content(), html.charset());
        Document page = Jsoup.parse(markup);
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
        return cutShort(markup) ? document.withProblem(DocumentReaders.partialProblem(ProblemKind.DAMAGED,
                "problem.cutShort", DocumentReaders.nameOf(file))) : document;
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
