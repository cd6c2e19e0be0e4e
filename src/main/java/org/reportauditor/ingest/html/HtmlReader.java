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

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        Optional<Problem> tooLarge = DocumentReaders.sizeOver(file, MAX_FILE_BYTES);
        if (tooLarge.isPresent()) {
            return RawDocument.failed(file, DocumentKind.HTML, tooLarge.get());
        }
        MhtmlPage.Part html = MhtmlPage.of(Files.readAllBytes(file));
        Document page = Jsoup.parse(HtmlCharset.decode(html.content(), html.charset()));
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
        return text.document(file, DocumentKind.HTML);
    }
}
