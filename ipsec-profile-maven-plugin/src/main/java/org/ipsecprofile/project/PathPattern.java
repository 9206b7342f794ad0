package org.ipsecprofile.project;

import java.util.regex.Pattern;

/**
 * An include or exclude pattern in Maven's (Ant's) style, matched against a path relative to
 * the scanned directory with {@code /} separators: {@code **} stands for any number of
 * directories (none included), {@code *} for any characters within one name, {@code ?} for one
 * character. A pattern ending in {@code /} matches everything below that directory.
 */
public final class PathPattern {

    private final String text;
    private final Pattern regex;
    private final int depth;

    private PathPattern(String text, Pattern regex, int depth) {
        this.text = text;
        this.regex = regex;
        this.depth = depth;
    }

    public static PathPattern compile(String pattern) {
        String normalized = pattern.trim().replace('\\', '/');
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        while (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        StringBuilder regex = new StringBuilder();
        String[] segments = normalized.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("**")) {
                regex.append(last ? ".*" : "(?:[^/]*/)*");
                continue;
            }
            appendSegment(regex, segment);
            if (!last) {
                regex.append('/');
            }
        }
        boolean anyDepth = false;
        for (String segment : segments) {
            anyDepth |= segment.equals("**");
        }
        return new PathPattern(
                pattern, Pattern.compile(regex.toString()), anyDepth ? Integer.MAX_VALUE : segments.length);
    }

    private static void appendSegment(StringBuilder regex, String segment) {
        StringBuilder literal = new StringBuilder();
        for (char c : segment.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? "[^/]*" : "[^/]");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
    }

    /**
     * How many directory levels below the scanned directory a match can lie: the number of
     * segments, or {@link Integer#MAX_VALUE} when the pattern holds {@code **}.
     */
    public int depth() {
        return depth;
    }

    /** True when {@code relativePath} (with {@code /} separators) matches this pattern. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
