package org.ipsecprofile.generation;

/**
 * Where the core's log lines go, each with a level: Maven's log for the goals, standard error
 * for the command line. Lines are plain text, ready to show as they are.
 */
public interface BuildLog {

    /** A line's level; {@code DEBUG} lines are shown only with {@code -X} (or its like). */
    enum Level {
        DEBUG,
        INFO,
        WARNING,
        ERROR
    }

    /** True when {@code DEBUG} lines are shown; the core builds costly debug lines only then. */
    boolean isDebugEnabled();

    void log(Level level, String text);

    default void debug(String text) {
        log(Level.DEBUG, text);
    }

    default void info(String text) {
        log(Level.INFO, text);
    }

    default void warn(String text) {
        log(Level.WARNING, text);
    }

    default void error(String text) {
        log(Level.ERROR, text);
    }
}
