package org.ipsecprofile.parse;

import java.math.BigInteger;
import java.util.List;
import org.ipsecprofile.model.Position;

/**
 * A composed YAML node as {@link SafeYamlLoader} builds it: plain data (no anchors, no tags left to
 * resolve) with the position where the node starts.
 */
sealed interface YamlNode {

    Position position();

    /** How a scalar resolved under the YAML 1.2 core schema (or its explicit core tag). */
    enum ScalarType {
        STRING("text"),
        INTEGER("a number"),
        FLOAT("a decimal number"),
        BOOLEAN("true or false"),
        NULL("empty");

        private final String description;

        ScalarType(String description) {
            this.description = description;
        }

        /** How messages name a value of this type. */
        String description() {
            return description;
        }
    }

    /**
     * A scalar. {@code text} is the scalar's content as written (after YAML unescaping and folding).
     * {@code integer} is set only for {@link ScalarType#INTEGER}, {@code bool} only for
     * {@link ScalarType#BOOLEAN}.
     */
    record Scalar(String text, ScalarType type, BigInteger integer, boolean bool, Position position)
            implements YamlNode {

        boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping; keys are scalars, unique by text (the loader refuses duplicates). */
    record Mapping(List<Entry> entries, Position position) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    record Entry(Scalar key, YamlNode value) {}

    /** What a node is, for messages: "a list", "a mapping", or the scalar's type. */
    static String describe(YamlNode node) {
        if (node instanceof Scalar scalar) {
            return scalar.type() == ScalarType.STRING
                    ? "text '" + Problem.abbreviate(scalar.text()) + "'"
                    : scalar.type() == ScalarType.NULL
                            ? "empty"
                            : scalar.type().description() + " (" + scalar.text() + ")";
        }
        return node instanceof Sequence ? "a list" : "a mapping";
    }
}
