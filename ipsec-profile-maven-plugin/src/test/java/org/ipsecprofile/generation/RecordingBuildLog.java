package org.ipsecprofile.generation;

import java.util.ArrayList;
import java.util.List;

/** A {@link BuildLog} for tests that keeps every line it is given, as {@code [LEVEL] text}. */
public final class RecordingBuildLog implements BuildLog {

    private final boolean debug;
    private final List<String> lines = new ArrayList<>();

    /** @param debug whether {@code DEBUG} lines are asked for (and so built by the core) */
    public RecordingBuildLog(boolean debug) {
        this.debug = debug;
    }

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }

    @Override
    public void log(Level level, String text) {
        lines.add("[" + level + "] " + text);
    }

    /** The lines logged so far, in order; the list itself, so a test may clear it. */
    public List<String> lines() {
        return lines;
    }
}
