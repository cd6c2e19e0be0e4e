package org.reportauditor.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF: text with positions, tables rebuilt from their ruling lines (or, lacking lines, from
 * the alignment of their text), paragraphs of prose. Pages are read one at a time and only plain
 * records of each are kept; PDFBox buffers the file's streams in temporary files, not in memory.
 * Password-protected, damaged, scanned and unreadable files come back as problems.
 */
public final class PdfDocumentReader implements DocumentReader {
    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentReader.class);
    private static final String KIND = "PDF";
    private static final int DEFAULT_MAX_PAGES = 1000;
    /** Glyphs read from the whole document: a thousand full pages of text, far beyond any report. */
    private static final long DEFAULT_GLYPH_BUDGET = 3_000_000;
    private static final int MAX_GLYPHS_PER_PAGE = 100_000;
    /** Ruling lines, images, points of one path: more are drawings, not a report's pages. */
    private static final int MAX_SHAPES_PER_PAGE = 5_000;
    /** A report's page runs some thousands of operators; a page running millions is no report. */
    private static final int MAX_OPERATORS_PER_PAGE = 1_000_000;
    /** Graphics states saved at once, and forms inside forms: producers nest a few; each costs memory and stack. */
    private static final int MAX_SAVED_STATES = 1_000;
    private static final int MAX_FORM_DEPTH = 32;
    /** PDFBox walks the page tree, and a page's parents, recursively: a deeper tree would overflow the stack. */
    private static final int MAX_PAGE_TREE_DEPTH = 64;
    /** Beyond this share of unreadable glyphs the text layer is garbage. */
    private static final double UNREADABLE_SHARE = 0.5;

    private final int maxPages;
    private final long glyphBudget;
    private final PageRecorder recorder = new PageRecorder(new PageLimits(MAX_GLYPHS_PER_PAGE, MAX_SHAPES_PER_PAGE,
            MAX_OPERATORS_PER_PAGE, MAX_SAVED_STATES, MAX_FORM_DEPTH));

    public PdfDocumentReader() {
        this(DEFAULT_MAX_PAGES, DEFAULT_GLYPH_BUDGET);
    }

    /**
     * A reader that reads at most {@code maxPages} pages of a document, and no more pages once it has
     * read {@code glyphBudget} glyphs of one; it says so for documents it read in part. The budgets
     * count work, not time: a file gives the same result on a busy machine as on an idle one.
     */
    public PdfDocumentReader(int maxPages, long glyphBudget) {
        this.maxPages = maxPages;
        this.glyphBudget = glyphBudget;
    }

    /**
     * Does what PDFBox does once per process before its first document (its AWT colour classes, the
     * strings of its character maps): some 0.3 s of a fresh process, which a caller with a core to
     * spare can spend before the first PDF rather than on it.
     */
    public static void prepareLibrary() {
        try (PDDocument empty = new PDDocument()) {
            DictionaryFont.prepare();
        } catch (IOException | RuntimeException | LinkageError e) {
            // nothing is lost: the first document then pays for it (or fails and says so)
            LOG.debug("PDFBox not prepared: {}", e.toString());
        }
    }

    @Override
    public RawDocument read(Path file, ReadOptions options) {
        String name = DocumentReaders.nameOf(file);
        String password = options.password() == null ? "" : options.password();
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), password, null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            return options.password() == null
                    ? failed(file, ProblemKind.ENCRYPTED, "problem.encrypted", name)
                    : failed(file, ProblemKind.ENCRYPTED, "problem.wrongPassword", name);
        } catch (IOException e) {
            LOG.info("{} is no readable PDF: {}", file, e.getMessage());
            return failed(file, ProblemKind.DAMAGED, "problem.damaged", name, KIND);
        }
        try (document) {
            document.setResourceCache(new TextLayerFonts());
            return read(file, name, document);
        } catch (IOException e) {
            LOG.info("Could not close {}: {}", file, e.getMessage());
            return failed(file, ProblemKind.DAMAGED, "problem.damaged", name, KIND);
        }
    }

    private RawDocument read(Path file, String name, PDDocument document) {
        if (PageTreeDepth.over(document.getDocumentCatalog().getCOSObject(), MAX_PAGE_TREE_DEPTH)) {
            return failed(file, ProblemKind.DAMAGED, "problem.pageTreeTooDeep", name, MAX_PAGE_TREE_DEPTH);
        }
        int pageCount = document.getNumberOfPages();
        PagesRead pages = readPages(file, document, Math.min(pageCount, maxPages));
        if (pages.printedGlyphs() == 0) {
            if (pages.images()) {
                return failed(file, ProblemKind.SCANNED, "problem.scanned", name);
            }
            // nothing read: a page past a budget says why better than "damaged" does
            return pages.lost().stream().filter(p -> p.kind() == ProblemKind.TOO_LARGE).findFirst()
                    .map(p -> RawDocument.failed(file, DocumentKind.PDF, new Problem(p.kind(), p.message())))
                    .orElseGet(() -> failed(file, ProblemKind.DAMAGED, "problem.damaged", name, KIND));
        }
        if (pages.unreadableGlyphs() > UNREADABLE_SHARE * pages.printedGlyphs()) {
            return failed(file, ProblemKind.UNREADABLE_TEXT, "problem.unreadableText", name);
        }
        PdfDocumentAssembler.Assembled assembled = PdfDocumentAssembler.assemble(pages.layouts());
        if (assembled.blocks().isEmpty()) {
            // nothing but page numbers and running heads
            return failed(file, ProblemKind.EMPTY, "problem.empty", name);
        }
        RawDocument result = new RawDocument(file, DocumentKind.PDF, assembled.blocks(), assembled.text(), List.of());
        for (Problem lost : pages.lost()) {
            result = result.withProblem(lost);
        }
        if (pageCount > pages.count()) {
            result = result.withProblem(DocumentReaders.partialProblem(ProblemKind.TOO_LARGE, "problem.tooLarge",
                    name, pageCount, pages.count()));
        }
        return result;
    }

    /** What the pages read gave: their layouts, and the counts that tell a scan or a garbled text layer. */
    private record PagesRead(List<PageLayout> layouts, int count, long printedGlyphs, long unreadableGlyphs,
            boolean images, List<Problem> lost) {
    }

    /** Reads pages one by one, up to {@code limit} and for as long as the glyph budget lasts. */
    private PagesRead readPages(Path file, PDDocument document, int limit) {
        List<PageLayout> layouts = new ArrayList<>();
        String name = DocumentReaders.nameOf(file);
        List<Problem> lost = new ArrayList<>();
        long printed = 0;
        long unreadable = 0;
        boolean images = false;
        int count = 0;
        for (int page = 1; page <= limit && (page == 1 || printed + unreadable < glyphBudget); page++) {
            count = page;
            try {
                PageContent content = recorder.record(document, page);
                if (!ContentStreams.intact(document.getPage(page - 1))) {
                    // what could be read of it is kept; that the rest was lost is said
                    lost.add(damagedPage(name, page));
                }
                printed += content.printedGlyphs();
                unreadable += content.unreadableGlyphs();
                images |= !content.images().isEmpty();
                layouts.add(PageLayoutBuilder.layout(content));
            } catch (PageOverBudget e) {
                lost.add(DocumentReaders.partialProblem(ProblemKind.TOO_LARGE, e.budget().problemKey(), name, page,
                        e.limit()));
            } catch (IOException | RuntimeException e) {
                // a damaged page must not cost the others; PDFBox reports damage in many ways
                LOG.warn("Page {} of {} is damaged and was skipped: {}", page, file, e.toString());
                lost.add(damagedPage(name, page));
            }
        }
        return new PagesRead(layouts, count, printed, unreadable, images, List.copyOf(lost));
    }

    private static Problem damagedPage(String name, int page) {
        return DocumentReaders.partialProblem(ProblemKind.DAMAGED, "problem.damagedPage", name, page);
    }

    private static RawDocument failed(Path file, ProblemKind kind, String key, Object... args) {
        return RawDocument.failed(file, DocumentKind.PDF, DocumentReaders.problem(kind, key, args));
    }
}
