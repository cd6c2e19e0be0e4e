package org.reportauditor.export.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.reportauditor.audit.AtomicFile;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.i18n.Messages;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.model.Box;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.SourceLocation.PageRegion;

/**
 * The annotated PDF of a reviewed report ({@code check --pdf}, 文件 › 导出 › 批注 PDF): a PDF source's
 * own pages, unchanged, or the pages laid out from a Word, web or text source; one annotation per
 * finding over its places with its note and review state; a bookmark per finding; summary pages
 * appended. The source file is only read.
 */
public final class AnnotatedPdfExport {
    private static final int TITLE_LENGTH = 60;

    private final Messages messages;

    public AnnotatedPdfExport(Messages messages) {
        this.messages = messages;
    }

    /** Writes it atomically to {@code target}; dismissed findings left out with {@code withoutDismissed}. */
    public void write(ReviewedResult report, Path target, boolean withoutDismissed, ExportProgress progress)
            throws IOException {
        List<ReviewedFinding> shown = report.findings().stream()
                .filter(f -> !withoutDismissed || f.status() != ReviewStatus.DISMISSED).toList();
        RawDocument source = report.read().document();
        try (PDDocument document = open(source); EmbeddedFont font = new EmbeddedFont(document)) {
            PageComposer composer = new PageComposer(document, font);
            Placements placements = source.kind() == DocumentKind.PDF ? Placements.ORIGINAL_PAGES
                    : SourceLayout.lay(source, composer);
            FindingNote note = new FindingNote(messages);
            FindingAnnotations annotations = new FindingAnnotations(document, note, messages.get("export.pdf.app"));
            Map<ReviewedFinding, PageRegion> marked = new HashMap<>();
            for (int i = 0; i < shown.size(); i++) {
                ReviewedFinding f = shown.get(i);
                FindingAnnotations.Marked mark = annotations.mark(f, FindingAnnotations.regions(f, placements));
                if (mark != null) {
                    marked.put(f, mark.region());
                }
                progress.reached(i + 1, shown.size() + 1);
            }
            Map<ReviewedFinding, Integer> pages = new HashMap<>();
            marked.forEach((f, region) -> pages.put(f, region.page()));
            int summaryPage = document.getNumberOfPages() + 1;
            Map<ReviewedFinding, PageRegion> rows = new SummaryPages(composer, messages, note)
                    .write(report, shown, pages);
            composer.close();
            List<Bookmarks.Entry> entries = new ArrayList<>();
            for (ReviewedFinding f : shown) {
                PageRegion region = marked.get(f);
                if (region == null) {
                    region = rows.get(f);
                    annotations.mark(f, List.of(region));
                }
                entries.add(new Bookmarks.Entry(title(f, note, region.page()), region));
            }
            Bookmarks.add(document, new Bookmarks.Entry(messages.get("export.pdf.title"),
                    new PageRegion(summaryPage, new Box(0, 0, 1, 1))), messages.get("export.pdf.findings"), entries);
            if (source.kind() != DocumentKind.PDF) {
                document.getDocumentInformation().setTitle(String.valueOf(report.file().getFileName()));
            }
            AtomicFile.write(target, document::save);
            progress.reached(shown.size() + 1, shown.size() + 1);
        }
    }

    private PDDocument open(RawDocument source) throws IOException {
        if (source.kind() != DocumentKind.PDF) {
            return new PDDocument();
        }
        try {
            PDDocument document = Loader.loadPDF(source.file().toFile());
            // a report that opens without a password may still forbid changes: its owner's lock is not the auditor's
            document.setAllSecurityToBeRemoved(true);
            return document;
        } catch (InvalidPasswordException e) {
            throw new IOException(messages.get("export.pdf.encrypted"), e);
        }
    }

    private String title(ReviewedFinding f, FindingNote note, int page) {
        String message = note.message(f.finding());
        if (message.length() > TITLE_LENGTH) {
            message = message.substring(0, TITLE_LENGTH) + "…";
        }
        return messages.get("export.pdf.bookmark", page, note.severity(f), message);
    }
}
