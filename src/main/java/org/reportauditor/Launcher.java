package org.reportauditor;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.reportauditor.i18n.Messages;

/**
 * What the jar does before the desktop app is started: answers {@code --help} and {@code --version},
 * refuses an unknown option, and tells in one sentence why the window cannot open (no display, no
 * GTK 3 on Linux), none of it touching JavaFX.
 */
final class Launcher {
    /** The exit status of a wrong argument, or of a window that cannot open, as {@code check} uses it. */
    static final int CANNOT_START = 2;
    /** Where Linux distributions keep GTK 3 when the loader's own path does not say. */
    private static final List<String> LIBRARY_FOLDERS = List.of("/usr/lib", "/usr/lib64", "/lib",
            "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu", "/usr/local/lib");
    private static final String GTK3 = "libgtk-3.so.0";

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    Launcher(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** The exit status when the arguments are answered here; empty when the app is to start. */
    Optional<Integer> answer(List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        String first = args.get(0);
        switch (first) {
            case "-h", "--help" -> {
                out.println(messages.get("launcher.usage"));
                return Optional.of(0);
            }
            case "-V", "--version" -> {
                out.println(version());
                return Optional.of(0);
            }
            default -> {
                if (first.startsWith("-")) {
                    err.println(messages.get("cli.usage.unknownOption", first));
                    err.println(messages.get("launcher.usage"));
                    return Optional.of(CANNOT_START);
                }
                return Optional.empty();
            }
        }
    }

    /** Why no window can open here, as a sentence for the user; empty when it can. */
    Optional<String> cannotOpenWindow(String osName, Map<String, String> environment, List<Path> libraryFolders) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        if (isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of(messages.get("launcher.noDisplay"));
        }
        if (libraryFolders.stream().noneMatch(folder -> Files.exists(folder.resolve(GTK3)))) {
            return Optional.of(messages.get("launcher.noGtk"));
        }
        return Optional.empty();
    }

    /** The folders GTK 3 is looked for in: the JVM's library path, then the usual ones. */
    static List<Path> libraryFolders() {
        List<String> folders = new java.util.ArrayList<>();
        for (String p : System.getProperty("java.library.path", "").split(java.io.File.pathSeparator)) {
            if (!p.isBlank()) {
                folders.add(p);
            }
        }
        String ldPath = System.getenv("LD_LIBRARY_PATH");
        if (ldPath != null) {
            folders.addAll(List.of(ldPath.split(":")));
        }
        folders.addAll(LIBRARY_FOLDERS);
        return folders.stream().filter(f -> !f.isBlank()).map(Path::of).toList();
    }

    static String version() {
        String v = Launcher.class.getPackage().getImplementationVersion();
        return "Report Auditor " + (v == null ? "(development build)" : v);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
