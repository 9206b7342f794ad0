package org.ipsecprofile.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What standard error is connected to, which decides whether log lines carry a level word and colour. */
enum Terminal {
    /** Piped or redirected: lines exactly as the Maven log has them after the level, no colour. */
    NONE,
    /** A terminal, with {@code NO_COLOR} set: error and warning lines start with their level word. */
    PLAIN,
    /** A terminal: the level word in colour. */
    COLOUR;

    /**
     * The JVM's own: a terminal when {@link System#console()} is there and standard error is not
     * redirected; plain when {@code NO_COLOR} is set.
     */
    static Terminal detect() {
        if (System.console() == null || !standardErrorIsATerminal()) {
            return NONE;
        }
        String noColor = System.getenv("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? PLAIN : COLOUR;
    }

    /**
     * {@link System#console()} looks at standard input and output only, so {@code check 2> log}
     * would still count as a terminal. Where the system shows what file descriptor 2 leads to
     * (Linux), only a terminal device counts; elsewhere the console decides alone.
     */
    private static boolean standardErrorIsATerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
