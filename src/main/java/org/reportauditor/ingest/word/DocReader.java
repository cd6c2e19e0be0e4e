package org.reportauditor.ingest.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.DocumentFormatException;
import org.apache.poi.util.RecordFormatException;
import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextAccumulator;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Word 97-2003 file (.doc) through Apache POI HWPF. The file is an OLE2 container, which
 * also holds other Office formats and password-protected .docx files (an "EncryptedPackage"
 * stream); those are refused with a problem that says what the file is.
 */
public final class DocReader implements DocumentReader {
    private static final Logger LOG = LoggerFactory.getLogger(DocReader.class);
    private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            return RawDocument.failed(file, DocumentKind.DOC, DocumentReaders.problem(ProblemKind.TOO_LARGE,
                    "problem.fileTooLarge", name, size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
        }
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return encrypted(file, name);
            }
            if (!root.hasEntry("WordDocument")) {
                return RawDocument.failed(file, DocumentKind.DOC, DocumentReaders.problem(ProblemKind.UNSUPPORTED,
                        "problem.unsupported", name, formatOf(root)));
            }
            return read(file, name, root);
        } catch (IOException | RecordFormatException | DocumentFormatException
                 | IndexOutOfBoundsException | NoSuchElementException | IllegalArgumentException | IllegalStateException e) {
            // how POI reports a container that is no OLE2 after all, a truncated one, or broken Word structures
            LOG.debug("Damaged Word file {}", file, e);
            return damaged(file, name);
        }
    }

    private static RawDocument read(Path file, String name, DirectoryNode root) throws IOException {
        HWPFDocument document;
        try {
            document = new HWPFDocument(root);
        } catch (EncryptedDocumentException e) {
            return encrypted(file, name);
        } catch (OldFileFormatException e) {
            return RawDocument.failed(file, DocumentKind.DOC,
                    DocumentReaders.problem(ProblemKind.UNSUPPORTED, "problem.unsupported", name, "Word 6.0/95"));
        }
        TextAccumulator text = new TextAccumulator();
        new DocBodyWalker(document.getRange(), text).read();
        return text.document(file, DocumentKind.DOC);
    }

    /** What else an OLE2 container may be, by the stream each format keeps at its root. */
    private static String formatOf(DirectoryNode root) {
        if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
            return "Excel";
        }
        if (root.hasEntry("PowerPoint Document")) {
            return "PowerPoint";
        }
        return "OLE2";
    }

    private static RawDocument encrypted(Path file, String name) {
        return RawDocument.failed(file, DocumentKind.DOC,
                DocumentReaders.problem(ProblemKind.ENCRYPTED, "problem.encrypted", name));
    }

    private static RawDocument damaged(Path file, String name) {
        return RawDocument.failed(file, DocumentKind.DOC,
                DocumentReaders.problem(ProblemKind.DAMAGED, "problem.damaged", name, DocxReader.FORMAT_NAME));
    }
}
