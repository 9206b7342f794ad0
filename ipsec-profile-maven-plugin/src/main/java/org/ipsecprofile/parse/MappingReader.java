package org.ipsecprofile.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.ipsecprofile.model.Keyword;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.parse.YamlNode.Entry;
import org.ipsecprofile.parse.YamlNode.Mapping;
import org.ipsecprofile.parse.YamlNode.Scalar;
import org.ipsecprofile.parse.YamlNode.ScalarType;
import org.ipsecprofile.parse.YamlNode.Sequence;

/**
 * Typed access to one mapping of a descriptor (the top level, a section, a {@code suppress}
 * entry) by key, knowing the mapping's key path. Whatever does not fit — an unknown key, a value
 * of the wrong type, an unknown keyword — is added to the shared problem list and read as absent,
 * so that one pass reports every independent error. A key whose value is YAML null is absent.
 */
final class MappingReader {

    private final String path;
    private final Position anchor;
    private final Map<String, Entry> entries;
    private final List<Problem> problems;
    private final boolean alreadyReported;

    private MappingReader(
            String path, Position anchor, Map<String, Entry> entries, List<Problem> problems, boolean alreadyReported) {
        this.path = path;
        this.anchor = anchor;
        this.entries = entries;
        this.problems = problems;
        this.alreadyReported = alreadyReported;
    }

    /**
     * A reader over {@code mapping}, whose allowed keys are {@code keys}; reports every other key.
     *
     * @param anchor where to place problems about keys that are absent: the position of this
     *               mapping's own key, or the start of the file for the top level
     */
    static MappingReader of(Mapping mapping, String path, Position anchor, List<String> keys, List<Problem> problems) {
        Map<String, Entry> known = new LinkedHashMap<>();
        for (Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (keys.contains(key)) {
                known.put(key, entry);
            } else {
                problems.add(new Problem(entry.key().position(), unknownKey(key, path, keys)));
            }
        }
        return new MappingReader(path, anchor, known, problems, false);
    }

    /** A reader for a mapping the descriptor does not have: every key is absent. */
    static MappingReader absent(String path, Position anchor, List<Problem> problems) {
        return new MappingReader(path, anchor, Map.of(), problems, false);
    }

    private static String unknownKey(String key, String path, List<String> keys) {
        if (key.equals("<<")) {
            return "'" + pathOf(path, "<<") + "' is a YAML merge key, which descriptors do not support;"
                    + " write the keys out in full";
        }
        String where = path.isEmpty() ? "at the top level" : "under " + path;
        return "unknown key '" + pathOf(path, Problem.abbreviate(key)) + "'"
                + withSuggestion(key, keys, "keys allowed " + where + ": " + String.join(", ", keys));
    }

    static String pathOf(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The dotted path of {@code key} in this mapping. */
    String path(String key) {
        return pathOf(path, key);
    }

    /** The value of {@code key}; null when the key is absent or its value is YAML null. */
    YamlNode value(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.value() instanceof Scalar scalar && scalar.isNull()) {
            return null;
        }
        return entry.value();
    }

    /** Where to report about {@code key}: the key itself, or this mapping's own key when it is absent. */
    Position positionOf(String key) {
        Entry entry = entries.get(key);
        return entry == null ? anchor : entry.key().position();
    }

    List<Problem> problems() {
        return problems;
    }

    int problemCount() {
        return problems.size();
    }

    void report(Position position, String message) {
        problems.add(new Problem(position, message));
    }

    /**
     * Reports that a required {@code key} is missing, unless this mapping was itself reported as not
     * being a mapping (one finding for {@code ipsec: 3}, not two).
     */
    void reportMissing(String key, String message) {
        if (!alreadyReported) {
            report(positionOf(key), message);
        }
    }

    /** Reports a value of the wrong kind at the value, naming what to write. */
    void wrongType(String keyPath, YamlNode node, String expected, String hint) {
        report(node.position(), keyPath + " must be " + expected + ", not " + YamlNode.describe(node) + hint);
    }

    String text(String key) {
        YamlNode node = value(key);
        return node == null ? null : textOf(node, path(key));
    }

    Boolean bool(String key) {
        YamlNode node = value(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN) {
            return scalar.bool();
        }
        wrongType(
                path(key),
                node,
                "true or false",
                node instanceof Scalar s && s.type() == ScalarType.STRING
                        ? "; write true or false without quotes (yes, no, on and off are text in YAML 1.2)"
                        : "");
        return null;
    }

    boolean bool(String key, boolean whenAbsent) {
        Boolean value = bool(key);
        return value == null ? whenAbsent : value;
    }

    <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type) {
        YamlNode node = value(key);
        return node == null ? null : keywordOf(node, path(key), type);
    }

    <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type, E whenAbsent) {
        E value = keyword(key, type);
        return value == null ? whenAbsent : value;
    }

    /** A list of keywords; empty when absent. Items that do not fit are reported and skipped. */
    <E extends Enum<E> & Keyword> List<E> keywords(String key, Class<E> type) {
        return list(
                key,
                "a list of values from " + String.join(", ", keywords(type)) + ", e.g. ["
                        + type.getEnumConstants()[0].keyword() + "]",
                (item, itemPath) -> keywordOf(item, itemPath, type));
    }

    /** A list of text; empty when absent. */
    List<String> texts(String key) {
        return list(key, "a list of text items (one per line, each after '- ')", this::textOf);
    }

    /** The items of a list, each read by {@code readItem} (which reports and returns null when an item does not fit). */
    <T> List<T> list(String key, String expected, BiFunction<YamlNode, String, T> readItem) {
        YamlNode node = value(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Sequence sequence)) {
            wrongType(path(key), node, expected, "");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String itemPath = path(key) + "[" + i + "]";
            if (item instanceof Scalar scalar && scalar.isNull()) {
                report(item.position(), itemPath + " is empty; remove the empty item or fill it in");
                continue;
            }
            T value = readItem.apply(item, itemPath);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** A nested mapping with the given keys; an absent reader when the key is absent or not a mapping. */
    MappingReader section(String key, List<String> keys) {
        YamlNode node = value(key);
        if (node == null) {
            return absent(path(key), positionOf(key), problems);
        }
        if (!(node instanceof Mapping mapping)) {
            wrongType(path(key), node, "a mapping of keys (" + String.join(", ", keys) + ")", "");
            return new MappingReader(path(key), positionOf(key), Map.of(), problems, true);
        }
        return of(mapping, path(key), positionOf(key), keys, problems);
    }

    String textOf(YamlNode node, String keyPath) {
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.STRING) {
            return scalar.text();
        }
        String hint = node instanceof Scalar ? "; put the value in quotes to make it text" : "";
        wrongType(keyPath, node, "text", hint);
        return null;
    }

    <E extends Enum<E> & Keyword> E keywordOf(YamlNode node, String keyPath, Class<E> type) {
        if (!(node instanceof Scalar scalar && scalar.type() == ScalarType.STRING)) {
            wrongType(keyPath, node, allowed(type), "");
            return null;
        }
        Optional<E> value = Keyword.lookup(type, scalar.text());
        if (value.isEmpty()) {
            report(node.position(), unknownValue(keyPath, scalar.text(), keywords(type)));
        }
        return value.orElse(null);
    }

    static String unknownValue(String keyPath, String written, List<String> allowed) {
        return keyPath + ": '" + Problem.abbreviate(written) + "' is not a known value"
                + withSuggestion(written, allowed, "write " + oneOf(allowed));
    }

    /** "; did you mean 'x'? Then the rest." when a known word is close, else "; then the rest." */
    private static String withSuggestion(String written, List<String> known, String rest) {
        return NearestWord.nearest(written, known)
                .map(word ->
                        "; did you mean '" + word + "'? " + Character.toUpperCase(rest.charAt(0)) + rest.substring(1))
                .orElse("; " + rest);
    }

    static <E extends Enum<E> & Keyword> List<String> keywords(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
    }

    private static <E extends Enum<E> & Keyword> String allowed(Class<E> type) {
        return oneOf(keywords(type));
    }

    static String oneOf(List<String> words) {
        return words.size() == 1 ? words.get(0) : "one of " + words.stream().collect(Collectors.joining(", "));
    }
}
