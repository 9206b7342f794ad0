package org.ipsecprofile.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where each key of a descriptor stands, by dotted path ({@code protection.mode},
 * {@code suppress[0].rule}). A finding about a key that is absent is placed at its nearest
 * present ancestor, and at the start of the file when none is present.
 */
public final class KeyPositions {

    private final Map<String, Position> byPath;

    public KeyPositions(Map<String, Position> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static KeyPositions none() {
        return new KeyPositions(Map.of());
    }

    /** True when the descriptor wrote this key (even with an empty value). */
    public boolean contains(String path) {
        return byPath.containsKey(path);
    }

    /** The position of {@code path}, or of its nearest present ancestor, or {@link Position#START}. */
    public Position positionOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Position position = byPath.get(current);
            if (position != null) {
                return position;
            }
            current = parentOf(current);
        }
        return Position.START;
    }

    /** All recorded paths in order, for tests and diagnostics. */
    public Map<String, Position> asMap() {
        return new TreeMap<>(byPath);
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
