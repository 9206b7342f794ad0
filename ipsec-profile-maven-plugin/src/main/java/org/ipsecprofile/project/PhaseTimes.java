package org.ipsecprofile.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How long each phase of one goal execution took (parse, check, draft scan, render, write), for
 * the debug log. Phases appear in the order they were first timed; a phase timed twice adds up.
 * One per execution, used by one thread.
 */
public final class PhaseTimes {

    private final long started = System.nanoTime();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    /** Adds {@code elapsed} nanoseconds to {@code phase}. */
    public void add(String phase, long elapsed) {
        Long earlier = nanos.get(phase);
        nanos.put(phase, earlier == null ? elapsed : earlier + elapsed);
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} value) to {@code phase}. */
    public void since(String phase, long startNanos) {
        add(phase, System.nanoTime() - startNanos);
    }

    /** A word shown after the phase's time, e.g. {@code up to date} after {@code render}. */
    public void note(String phase, String note) {
        nanos.putIfAbsent(phase, 0L);
        notes.put(phase, note);
    }

    /** {@code parse 12 ms, check 3 ms, render 0 ms (up to date), total 20 ms}. */
    public String summary() {
        StringJoiner line = new StringJoiner(", ");
        for (Map.Entry<String, Long> phase : nanos.entrySet()) {
            String note = notes.get(phase.getKey());
            line.add(phase.getKey() + " " + millis(phase.getValue()) + " ms" + (note == null ? "" : " (" + note + ")"));
        }
        line.add("total " + millis(System.nanoTime() - started) + " ms");
        return line.toString();
    }

    private static String millis(long nanoseconds) {
        return Long.toString(Math.round(nanoseconds / 1e6));
    }
}
