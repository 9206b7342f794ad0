package org.ipsecprofile.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The entry point of the {@code cli} jar: {@code java -jar ipsec-profile-maven-plugin-<version>-cli.jar
 * check}. Exits with the command's status: 0 passed, 1 findings at or above {@code --fail-on}, 2 bad
 * usage or configuration.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale: findings quote descriptor text, and CI logs and files read UTF-8.
        int status = run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                Terminal.detect());
        System.exit(status);
    }

    /** Runs the command {@code args} name, printing to {@code out} and {@code err}, and returns its exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        return commandLine(out, err, terminal).execute(args);
    }

    /** The command line, set up as {@link #main} runs it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new IpsecProfileCommand(terminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(Help.defaultColorScheme(terminal == Terminal.COLOUR ? Help.Ansi.ON : Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            // No stack trace for the user (SPEC §7): what went wrong, in one line.
            failed.getErr().println("ipsec-profile: " + exception);
            failed.getErr().flush();
            return ExitStatus.USAGE;
        });
        return commandLine;
    }
}
