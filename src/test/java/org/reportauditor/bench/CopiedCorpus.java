package org.reportauditor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.reportauditor.testing.ReportFiles;

/**
 * A folder of many reports for the batch measurements: the corpus's .pdf, .docx, .doc and .html
 * files copied over and over (in subfolders of 100, as a region's folders are), as issue 18's
 * benchmark asks. Run as {@code CopiedCorpus FOLDER [COUNT]} to make one.
 */
public final class CopiedCorpus {
    private CopiedCorpus() {
    }

    /** Fills {@code folder} with {@code count} copies; returns it. */
    public static Path into(Path folder, int count) throws IOException {
        List<Path> originals = ReportFiles.in("corpus", ".pdf", ".docx", ".doc", ".html");
        for (int i = 0; i < count; i++) {
            Path original = originals.get(i % originals.size());
            Path sub = Files.createDirectories(folder.resolve(String.format("part-%02d", i / 100)));
            Files.copy(original, sub.resolve(String.format("%04d-%s", i, original.getFileName())));
        }
        return folder;
    }

    public static void main(String[] args) throws IOException {
        into(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 1000);
    }
}
