package org.reportauditor.audit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report files a list of paths names: a file as given (whatever its name), a folder searched
 * recursively for the supported kinds. A folder that cannot be read is listed as such, and the
 * search goes on with the others. {@code check} and the app's batch view both look for files so.
 */
public final class ReportFileSearch {
    private static final Set<String> SUPPORTED = Set.of("pdf", "docx", "doc", "html", "htm", "mht", "mhtml", "txt");

    /** The report files found, in order, and the folders (or files in them) that could not be read. */
    public record Found(List<Path> files, List<Path> unreadable) {
    }

    private ReportFileSearch() {
    }

    public static Found expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && isSupported(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            unreadable.add(file);
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    unreadable.add(p);
                }
                found.stream().sorted().forEach(files::add);
            } else {
                files.add(p);
            }
        }
        return new Found(files, unreadable);
    }

    /**
     * The other report files in {@code file}'s folder (not in its subfolders), sorted; none when the
     * folder holds more than {@code most} of them (a folder that large is for the batch view) or
     * cannot be read.
     */
    public static List<Path> besides(Path file, int most) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null) {
            return List.of();
        }
        try (var listing = Files.list(folder)) {
            List<Path> others = listing.filter(p -> !p.equals(absolute) && isSupported(p)
                    && Files.isRegularFile(p)).sorted().limit(most + 1L).toList();
            return others.size() > most ? List.of() : others;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && SUPPORTED.contains(name.substring(dot + 1));
    }
}
