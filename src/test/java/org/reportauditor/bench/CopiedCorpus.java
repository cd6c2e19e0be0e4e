package org.reportauditor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.reportauditor.testing.ReportFiles;

/**
 * A folder of many reports for the batch measurements (in subfolders of 100, as a region's folders
 * are): the corpus's .pdf, .docx, .doc and .html files copied over and over, as issue 18's benchmark
 * asks, which the audit reads once each; or, {@code distinct}, its PDFs and web pages each given a
 * comment of its own at the end, so that every file has its own bytes and is read. Run as
 * {@code CopiedCorpus FOLDER [COUNT] [distinct]} to make one.
 */
public final class CopiedCorpus {
    private CopiedCorpus() {
    }

    /** Fills {@code folder} with {@code count} copies; returns it. */
    public static Path into(Path folder, int count, boolean distinct) throws IOException {
        List<Path> originals = distinct ? ReportFiles.in("corpus", ".pdf", ".html")
                : ReportFiles.in("corpus", ".pdf", ".docx", ".doc", ".html");
        for (int i = 0; i < count; i++) {
            Path original = originals.get(i % originals.size());
            Path sub = Files.createDirectories(folder.resolve(String.format("part-%02d", i / 100)));
            Path copy = Files.copy(original, sub.resolve(String.format("%04d-%s", i, original.getFileName())));
            if (distinct) {
                // after a PDF's end or a page's last tag: no reader takes it for content
                String comment = copy.toString().endsWith(".pdf") ? "\n%copy " + i + "\n" : "\n<!-- copy " + i + " -->\n";
                Files.writeString(copy, comment, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
            }
        }
        return folder;
    }

    public static void main(String[] args) throws IOException {
        into(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 1000,
                args.length > 2 && args[2].equals("distinct"));
    }
}
