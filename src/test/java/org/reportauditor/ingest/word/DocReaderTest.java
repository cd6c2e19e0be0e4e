package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.word.CorpusReportChecks.corpus;
import static org.reportauditor.ingest.word.CorpusReportChecks.readCleanly;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;

class DocReaderTest {
    private static final String PASSWORD = "secret";

    @TempDir
    Path dir;

    private final DocReader reader = new DocReader();

    @Test
    void gridColumnsComeFromTheCellEdgesOfAllRows() throws IOException {
        RawDocument document = readCleanly(reader, CorpusReportChecks.resource("ingest/word/cell-edges.doc"));

        assertThat(CorpusReportChecks.describe(document.tables().get(0))).containsExactly(
                List.of("0,0 2x1 项目", "0,1 1x1 甲", "0,2 2x2 乙丙"),
                List.of("1,1 1x1 1"),
                List.of("2,0 1x1 续写", "2,1 1x1 2", "2,2 1x1 ", "2,3 1x1 3"),
                List.of("3,0 1x1 合计", "3,1 2x1 4", "3,2 1x1 5", "3,3 1x1 6"),
                List.of("4,0 1x1 小计", "4,2 1x2 横向"),
                List.of("5,0 1x1 ", "5,1 1x1 7", "5,2 1x1 8", "5,3 1x1 9"),
                List.of("6,0 1x1 12", "6,1 1x1 13", "6,2 1x1 ", "6,3 1x1 "));
        CorpusReportChecks.assertSourcesPointIntoText(document);
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted() throws Exception {
        Path file = protectedDocx();

        assertThat(DocxReaderTest.readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.ENCRYPTED, Text.of("problem.encrypted", "protected.docx")));
    }

    @Test
    void aPasswordProtectedDocxIsReadWithItsPassword() throws Exception {
        Path file = protectedDocx();

        RawDocument document = DocxReaderTest.readers().read(file, ReadOptions.withPassword(PASSWORD));

        assertThat(document.file()).isEqualTo(file);
        CorpusReportChecks.assertReadsLikeItsKey(document, corpus("004_32ee79c535f7b1d7.docx"));
        assertThat(DocxReaderTest.readers().read(file, ReadOptions.withPassword("wrong")).problems()).containsExactly(
                new Problem(ProblemKind.ENCRYPTED, Text.of("problem.wrongPassword", "protected.docx")));
    }

    @Test
    void aPasswordProtectedDocIsEncryptedAndReadWithItsPassword() throws IOException {
        Path file = CorpusReportChecks.resource("ingest/word/password-protected.doc");

        assertThat(DocxReaderTest.readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.ENCRYPTED, Text.of("problem.encrypted", "password-protected.doc")));
        assertThat(DocxReaderTest.readers().read(file, ReadOptions.withPassword("wrong")).problems()).containsExactly(
                new Problem(ProblemKind.ENCRYPTED, Text.of("problem.wrongPassword", "password-protected.doc")));
        CorpusReportChecks.assertReadsLikeItsKey(
                DocxReaderTest.readers().read(file, ReadOptions.withPassword(PASSWORD)), corpus("004_32ee79c535f7b1d7.doc"));
    }

    @Test
    void anOldExcelFileIsNotAWordDocument() throws IOException {
        Path file = dir.resolve("table.doc");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("统计表").createRow(0).createCell(0).setCellValue("总计");
            workbook.write(out);
        }

        assertThat(DocxReaderTest.readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.UNSUPPORTED, Text.of("problem.unsupported", "table.doc", "Excel")));
    }

    @Test
    void anOle2ContainerOfSomethingElseIsUnsupported() throws IOException {
        Path file = dir.resolve("other.doc");
        try (POIFSFileSystem container = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            container.createDocument(new ByteArrayInputStream("数据".getBytes(StandardCharsets.UTF_8)), "Contents");
            container.writeFilesystem(out);
        }

        assertThat(DocxReaderTest.readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.UNSUPPORTED, Text.of("problem.unsupported", "other.doc", "OLE2")));
    }

    @Test
    void aTruncatedDocIsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(corpus("000_e778331bfbf8b1ad.doc"));
        Path file = Files.write(dir.resolve("truncated.doc"), Arrays.copyOf(whole, whole.length / 3));

        assertThat(DocxReaderTest.readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.DAMAGED, Text.of("problem.damaged", "truncated.doc", "Word")));
    }

    @Test
    void aFileOverTheSizeLimitIsNotOpened() throws IOException {
        CorpusReportChecks.assertTooLarge(reader, dir, "huge.doc", 65, 64);
    }

    /** Report 004 as Word saves a .docx with a password to open: agile encryption inside an OLE2 file. */
    private Path protectedDocx() throws Exception {
        Path file = dir.resolve("protected.docx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OutputStream encrypted = encryptor.getDataStream(container);
                 InputStream plain = Files.newInputStream(corpus("004_32ee79c535f7b1d7.docx"))) {
                plain.transferTo(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        return file;
    }


}
