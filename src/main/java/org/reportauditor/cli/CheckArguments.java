package org.reportauditor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.Text;

/**
 * The arguments of {@code check}, as {@code spec/cli.md} lists them. Parsed by hand: picocli, measured
 * with the installed launcher's class-data-sharing archive and C1 only, costs a fresh process about
 * 55 ms more (README, Performance: {@code src/test/bench/picocli-cost.sh}), over the 50 ms a few
 * options are worth.
 *
 * @param help    {@code -h} / {@code --help}
 * @param version {@code -V} / {@code --version}
 */
record CheckArguments(List<Path> paths, boolean json, String language, Path xlsx, Path pdf, boolean help,
                      boolean version, boolean noReview, boolean withoutDismissed) {

    /** What is wrong with the arguments, as a message for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Text text;

        UsageException(String key, Object... args) {
            super(key);
            this.text = Text.of(key, args);
        }

        Text text() {
            return text;
        }
    }

    /** The language asked for, looked up before parsing so that even a usage error speaks it. */
    static String languageIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
                    && args[i + 1].equals("en")) {
                return "en";
            }
        }
        return "zh";
    }

    static CheckArguments parse(String[] args) throws UsageException {
        List<Path> paths = new ArrayList<>();
        boolean json = false;
        String language = "zh";
        Path xlsx = null;
        Path pdf = null;
        boolean help = false;
        boolean version = false;
        boolean noReview = false;
        boolean withoutDismissed = false;
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(Path.of(arg));
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> optionsEnded = true;
                case "--json" -> json = true;
                case "-h", "--help" -> help = true;
                case "-V", "--version" -> version = true;
                case "--no-review" -> noReview = true;
                case "--without-dismissed" -> withoutDismissed = true;
                case "--lang" -> {
                    value = value != null ? value : next(args, ++i, name);
                    if (!value.equals("zh") && !value.equals("en")) {
                        throw new UsageException("cli.usage.language", value);
                    }
                    language = value;
                }
                case "--xlsx" -> xlsx = Path.of(value != null ? value : next(args, ++i, name));
                case "--pdf" -> pdf = Path.of(value != null ? value : next(args, ++i, name));
                default -> throw new UsageException("cli.usage.unknownOption", arg);
            }
        }
        if (paths.isEmpty() && !help && !version) {
            throw new UsageException("cli.usage.noPath");
        }
        return new CheckArguments(List.copyOf(paths), json, language, xlsx, pdf, help, version, noReview,
                withoutDismissed);
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("cli.usage.noValue", option);
        }
        return args[i];
    }
}
