package org.ipsecprofile.cli;

import java.io.PrintWriter;
import org.ipsecprofile.generation.BuildLog;

/**
 * The core's log lines on standard error. Piped or redirected, each line is exactly the text the
 * Maven log shows after its level prefix ({@code src/main/ipsec/bgp.yaml:14:3: [ike-variant] …}),
 * so scripts and editors read {@code file:line:column:} from the start of the line. On a terminal,
 * error and warning lines start with their level word, in colour unless {@code NO_COLOR} is set.
 * Debug lines are shown with {@code --debug}.
 */
final class StandardErrorLog implements BuildLog {

    private static final String RED = "\u001B[1;31m";
    private static final String YELLOW = "\u001B[1;33m";
    private static final String RESET = "\u001B[0m";

    private final PrintWriter err;
    private final Terminal terminal;
    private final boolean debug;

    StandardErrorLog(PrintWriter err, Terminal terminal, boolean debug) {
        this.err = err;
        this.terminal = terminal;
        this.debug = debug;
    }

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }

    @Override
    public void log(Level level, String text) {
        if (level == Level.DEBUG && !debug) {
            return;
        }
        err.println(prefix(level) + text);
        err.flush();
    }

    private String prefix(Level level) {
        if (terminal == Terminal.NONE) {
            return "";
        }
        String word = switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case DEBUG -> "debug";
            case INFO -> null;
        };
        if (word == null) {
            return "";
        }
        if (terminal == Terminal.PLAIN || level == Level.DEBUG) {
            return word + ": ";
        }
        return (level == Level.ERROR ? RED : YELLOW) + word + RESET + ": ";
    }
}
