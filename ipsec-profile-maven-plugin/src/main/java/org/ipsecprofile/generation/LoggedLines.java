package org.ipsecprofile.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * Passes every line on to another log and keeps the info, warning and error lines: the lines
 * an execution's result holds and its execution record repeats.
 */
final class LoggedLines implements BuildLog {

    private final BuildLog log;
    private final List<LogLine> lines = new ArrayList<>();

    LoggedLines(BuildLog log) {
        this.log = log;
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void log(Level level, String text) {
        if (level != Level.DEBUG) {
            lines.add(new LogLine(level, text));
        }
        log.log(level, text);
    }

    /** The info, warning and error lines logged so far, in order. */
    List<LogLine> lines() {
        return List.copyOf(lines);
    }
}
