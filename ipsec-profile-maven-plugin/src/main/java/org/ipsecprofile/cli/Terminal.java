package org.ipsecprofile.cli;

/** What standard error is connected to, which decides whether log lines carry a level word and colour. */
enum Terminal {
    /** Piped or redirected: lines exactly as the Maven log has them after the level, no colour. */
    NONE,
    /** A terminal, with {@code NO_COLOR} set: error and warning lines start with their level word. */
    PLAIN,
    /** A terminal: the level word in colour. */
    COLOUR;

    /** The JVM's own: a terminal when {@link System#console()} is there, plain when {@code NO_COLOR} is set. */
    static Terminal detect() {
        if (System.console() == null) {
            return NONE;
        }
        String noColor = System.getenv("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? PLAIN : COLOUR;
    }
}
