package org.reportauditor.ingest.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextAccumulator;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a Word 2007+ file (.docx, also .docm and templates): the main document part and the styles
 * and list definitions it uses, parsed with Apache POI's package layer into DOM, walked by
 * {@link DocxBodyWalker}. A file that is not a Word package is refused with a problem naming what it is.
 */
public final class DocxReader implements DocumentReader {
    private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /**
     * The XML of a report of some hundred pages is a few megabytes; its DOM takes up to eight times
     * the bytes, so this much still fits 256 MB (42 MB of XML did not).
     */
    private static final long MAX_XML_BYTES = 16L * 1024 * 1024;

    private final long maxFileBytes;
    private final ZipPreflight preflight;

    public DocxReader() {
        this(MAX_FILE_BYTES, MAX_XML_BYTES);
    }

    /** A reader refusing files over {@code maxFileBytes} or whose XML inflates beyond {@code maxXmlBytes}. */
    DocxReader(long maxFileBytes, long maxXmlBytes) {
        this.maxFileBytes = maxFileBytes;
        this.preflight = new ZipPreflight(maxXmlBytes);
    }

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        return readPackage(file, file);
    }

    /**
     * Reads the Word package {@code packageFile} as the report {@code file}: they differ when the
     * package is the decrypted copy of a password-protected file.
     */
    RawDocument readPackage(Path packageFile, Path file) throws IOException {
        String name = DocumentReaders.nameOf(file);
        Optional<Problem> refused = DocumentReaders.sizeOver(packageFile, maxFileBytes)
                .or(() -> preflight.check(packageFile, name));
        if (refused.isPresent()) {
            return RawDocument.failed(file, DocumentKind.DOCX, refused.get());
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(packageFile.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | OpenXML4JRuntimeException
                 | POIXMLException e) {
            return RawDocument.failed(file, DocumentKind.DOCX, WordProblems.damaged(name));
        }
        try {
            return readDocument(file, name, pkg);
        } catch (InvalidFormatException | OpenXML4JRuntimeException | POIXMLException | SAXException e) {
            return RawDocument.failed(file, DocumentKind.DOCX, WordProblems.damaged(name));
        } finally {
            pkg.revert();
        }
    }

    private static RawDocument readDocument(Path file, String name, OPCPackage pkg)
            throws IOException, InvalidFormatException, SAXException {
        PackagePart main = mainPart(pkg);
        if (main == null) {
            return RawDocument.failed(file, DocumentKind.DOCX, WordProblems.damaged(name));
        }
        String contentType = main.getContentType().toLowerCase(Locale.ROOT);
        if (!contentType.contains("wordprocessingml") && !contentType.startsWith("application/vnd.ms-word")) {
            return RawDocument.failed(file, DocumentKind.DOCX, WordProblems.unsupported(name, formatOf(contentType)));
        }
        Element body = WordXml.child(parse(main).getDocumentElement(), "body").orElse(null);
        if (body == null) {
            return RawDocument.failed(file, DocumentKind.DOCX, WordProblems.damaged(name));
        }
        LostParts lost = new LostParts(name);
        DocxStyles styles = DocxStyles.of(parseUnlessDamaged(related(main, "/styles"), lost));
        DocxNumbering numbering = DocxNumbering.of(parseUnlessDamaged(related(main, "/numbering"), lost), styles);
        TextAccumulator text = new TextAccumulator();
        DocxParagraphText paragraphs = new DocxParagraphText(styles, numbering, id -> relatedPartName(main, id), lost);
        new DocxBodyWalker(paragraphs, text, lost).blocks(body, 0);
        return lost.addTo(text.document(file, DocumentKind.DOCX));
    }

    /** The name in the package of the part the main document relates to by {@code relationshipId}. */
    private static Optional<String> relatedPartName(PackagePart main, String relationshipId) {
        PackageRelationship relationship = main.getRelationship(relationshipId);
        if (relationship == null || relationship.getTargetMode() != TargetMode.INTERNAL) {
            return Optional.empty();
        }
        return Optional.of(PackagingURIHelper.resolvePartUri(main.getPartName().getURI(),
                relationship.getTargetURI()).toString());
    }

    private static PackagePart mainPart(OPCPackage pkg) {
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            for (PackageRelationship relationship : pkg.getRelationshipsByType(type)) {
                PackagePart part = pkg.getPart(relationship);
                if (part != null) {
                    return part;
                }
            }
        }
        return null;
    }

    /** The part the main document relates to by a relationship type ending in {@code typeSuffix}. */
    private static Optional<PackagePart> related(PackagePart main, String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship relationship : main.getRelationships()) {
            // the suffix matches the transitional and the strict relationship types alike
            if (relationship.getTargetMode() == TargetMode.INTERNAL
                    && relationship.getRelationshipType().endsWith(typeSuffix)) {
                return Optional.ofNullable(main.getRelatedPart(relationship));
            }
        }
        return Optional.empty();
    }

    private static Document parse(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            return DocumentHelper.readDocument(in);
        }
    }

    /** A part the text can be read without (styles, lists): a damaged one is a part lost, not the file. */
    private static Document parseUnlessDamaged(Optional<PackagePart> part, LostParts lost) {
        if (part.isEmpty()) {
            return null;
        }
        try {
            return parse(part.get());
        } catch (IOException | SAXException | POIXMLException | OpenXML4JRuntimeException e) {
            lost.damaged("problem.partUnread", part.get().getPartName().getName());
            return null;
        }
    }

    private static String formatOf(String contentType) {
        if (contentType.contains("spreadsheetml") || contentType.contains("ms-excel")) {
            return "Excel";
        }
        if (contentType.contains("presentationml") || contentType.contains("ms-powerpoint")) {
            return "PowerPoint";
        }
        return "Office Open XML";
    }
}
