package org.reportauditor.ingest.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.DocumentFormatException;
import org.apache.poi.util.RecordFormatException;
import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextAccumulator;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Word 97-2003 file (.doc) through Apache POI HWPF. The file is an OLE2 container, which
 * also holds other Office formats and password-protected .docx files (an "EncryptedPackage"
 * stream). A password-protected file is read when the user gave its password; other formats are
 * refused with a problem that says what the file is.
 */
public final class DocReader implements DocumentReader {
    private static final Logger LOG = LoggerFactory.getLogger(DocReader.class);
    /** HWPF holds the Word streams in memory, pictures included: so much still fits 256 MB. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final String OBJECT_POOL = "ObjectPool";

    private final DocxReader docxReader;

    public DocReader() {
        this(new DocxReader());
    }

    /** A reader that hands decrypted .docx packages to {@code docxReader}. */
    public DocReader(DocxReader docxReader) {
        this.docxReader = docxReader;
    }

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        String name = DocumentReaders.nameOf(file);
        Optional<Problem> tooLarge = DocumentReaders.sizeOver(file, MAX_FILE_BYTES);
        if (tooLarge.isPresent()) {
            return RawDocument.failed(file, DocumentKind.DOC, tooLarge.get());
        }
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return readEncryptedPackage(file, name, container, options.password());
            }
            if (!root.hasEntry("WordDocument")) {
                return RawDocument.failed(file, DocumentKind.DOC, WordProblems.unsupported(name, formatOf(root)));
            }
            return readWordDocument(file, name, root, options.password());
        } catch (IOException | GeneralSecurityException | RecordFormatException | DocumentFormatException
                 | IndexOutOfBoundsException | NoSuchElementException | IllegalArgumentException
                 | IllegalStateException e) {
            // how POI reports a container that is no OLE2 after all, a truncated one, or broken Word structures
            LOG.debug("Damaged Word file {}", file, e);
            return RawDocument.failed(file, DocumentKind.DOC, WordProblems.damaged(name));
        }
    }

    private static RawDocument readWordDocument(Path file, String name, DirectoryNode root, String password)
            throws IOException {
        HWPFDocument document;
        // HWPF takes the password of an encrypted .doc from a thread-local of POI's
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            document = new HWPFDocument(root);
        } catch (EncryptedDocumentException e) {
            Problem problem = password == null ? WordProblems.encrypted(name) : WordProblems.wrongPassword(name);
            return RawDocument.failed(file, DocumentKind.DOC, problem);
        } catch (OldFileFormatException e) {
            return RawDocument.failed(file, DocumentKind.DOC, WordProblems.unsupported(name, "Word 6.0/95"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        TextAccumulator text = new TextAccumulator();
        LostParts lost = new LostParts(name);
        new DocBodyWalker(document.getRange(), text, lost).read();
        embeddedObjects(root, lost);
        return lost.addTo(text.document(file, DocumentKind.DOC));
    }

    /** The objects a .doc embeds (a worksheet, another document) live in storages of its ObjectPool. */
    private static void embeddedObjects(DirectoryNode root, LostParts lost) throws IOException {
        if (root.hasEntry(OBJECT_POOL) && root.getEntry(OBJECT_POOL) instanceof DirectoryEntry pool) {
            for (Entry object : pool) {
                if (object instanceof DirectoryEntry) {
                    lost.embeddedObject(OBJECT_POOL + "/" + object.getName());
                }
            }
        }
    }

    /**
     * A password-protected .docx: the package, decrypted with the user's password into a private
     * temporary file (POI's package reader needs a file to read lazily), then read as a .docx.
     */
    private RawDocument readEncryptedPackage(Path file, String name, POIFSFileSystem container, String password)
            throws IOException, GeneralSecurityException {
        if (password == null) {
            return RawDocument.failed(file, DocumentKind.DOCX, WordProblems.encrypted(name));
        }
        Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
        if (!decryptor.verifyPassword(password)) {
            return RawDocument.failed(file, DocumentKind.DOCX, WordProblems.wrongPassword(name));
        }
        Path decrypted = Files.createTempFile("report-auditor-", ".docx");
        try {
            try (InputStream in = decryptor.getDataStream(container)) {
                Files.copy(in, decrypted, StandardCopyOption.REPLACE_EXISTING);
            }
            return docxReader.readPackage(decrypted, file);
        } finally {
            Files.deleteIfExists(decrypted);
        }
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
}
