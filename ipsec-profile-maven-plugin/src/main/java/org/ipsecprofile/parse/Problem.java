package org.ipsecprofile.parse;

import org.ipsecprofile.model.Position;

/** One thing wrong with a descriptor, before it becomes a {@code descriptor} finding. */
record Problem(Position position, String message) {

    private static final int SHOWN_LENGTH = 40;

    /** A value as a message quotes it: one line, at most 40 characters. */
    static String abbreviate(String value) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SHOWN_LENGTH ? oneLine : oneLine.substring(0, SHOWN_LENGTH - 3) + "...";
    }
}
