package org.reportauditor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.reportauditor.Main;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check}'s options declared for picocli, then the real {@code check} run on the same arguments:
 * what a fresh process would pay for the library (see {@code picocli-cost.sh}). Not shipped.
 */
@Command(name = "check", mixinStandardHelpOptions = true, version = "Report Auditor")
public final class PicocliCheck implements Runnable {
    @Parameters
    List<Path> paths = new ArrayList<>();
    @Option(names = "--json")
    boolean json;
    @Option(names = "--lang")
    String language = "zh";
    @Option(names = "--xlsx")
    Path xlsx;
    @Option(names = "--pdf")
    Path pdf;
    @Option(names = "--no-review")
    boolean noReview;
    @Option(names = "--without-dismissed")
    boolean withoutDismissed;
    private final String[] args;

    private PicocliCheck(String[] args) {
        this.args = args;
    }

    @Override
    public void run() {
        String[] check = new String[args.length + 1];
        check[0] = "check";
        System.arraycopy(args, 0, check, 1, args.length);
        Main.main(check);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PicocliCheck(args)).execute(args));
    }
}
