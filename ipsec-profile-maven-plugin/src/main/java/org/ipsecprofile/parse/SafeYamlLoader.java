package org.ipsecprofile.parse;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.parse.YamlNode.Entry;
import org.ipsecprofile.parse.YamlNode.Mapping;
import org.ipsecprofile.parse.YamlNode.Scalar;
import org.ipsecprofile.parse.YamlNode.ScalarType;
import org.ipsecprofile.parse.YamlNode.Sequence;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns descriptor text into a {@link YamlNode} tree, refusing what a small configuration file
 * never needs and what makes YAML unsafe to load.
 *
 * <p>It reads snakeyaml-engine's event stream and composes the tree itself, iteratively, instead
 * of using the library's composer. That way the nesting depth is checked before any deep structure
 * is built (a 10,000-deep {@code [[[[} stops at level 65 after reading a few hundred bytes),
 * tags are checked before anything is constructed, duplicate keys are reported with both
 * positions, and positions are kept for every node.
 *
 * <p>Policy: one document; only the YAML 1.2 core schema (plain scalars resolve as
 * {@code null}, {@code true}/{@code false}, integers, floats, else text; {@code yes} and
 * {@code on} stay text); the core tags {@code !!str !!int !!float !!bool !!null !!seq !!map}
 * only; keys are scalars; nesting at most {@value #MAX_DEPTH} levels. Anchors and aliases are
 * refused outright rather than bounded: a descriptor is a few dozen hand-written keys, sharing
 * nodes buys nothing, an alias would give one key path two places in the file, and refusing the
 * first anchor stops an expansion bomb ("billion laughs") before any expansion, whatever its
 * shape.
 *
 * <p>Thread-safe: it holds no mutable state.
 */
final class SafeYamlLoader {

    /** Deepest nesting accepted; a valid descriptor needs 3 ({@code suppress[0].rule}). */
    static final int MAX_DEPTH = 64;

    private static final String CORE = "tag:yaml.org,2002:";
    private static final String STR = CORE + "str";
    private static final String INT = CORE + "int";
    private static final String FLOAT = CORE + "float";
    private static final String BOOL = CORE + "bool";
    private static final String NULL = CORE + "null";
    private static final String SEQ = CORE + "seq";
    private static final String MAP = CORE + "map";
    private static final Set<String> SCALAR_TAGS = Set.of(STR, INT, FLOAT, BOOL, NULL);

    private final ScalarResolver resolver = new CoreScalarResolver(false);

    /** Set up once: the schema is read-only, and only the label and buffer size differ per file. */
    private static final CoreSchema SCHEMA = new CoreSchema();

    /**
     * The tree, or the problems that stopped it. A document that is only a comment or nothing gives
     * a null root and no problems.
     */
    record Result(YamlNode root, List<Problem> problems) {

        Result {
            problems = List.copyOf(problems);
        }
    }

    Result load(String text, String label) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setUseMarks(true)
                .setParseComments(false)
                // The whole text in one buffer: with the default 1 KiB buffer, snakeyaml-engine copies
                // its buffer again and again inside a long line, which made a 1 MiB line take a second.
                .setBufferSize(text.length() + 1)
                .setSchema(SCHEMA)
                .build();
        try {
            return new Composition(new Parse(settings).parseString(text).iterator()).run();
        } catch (Refusal refusal) {
            return new Result(null, List.of(refusal.problem));
        } catch (MarkedYamlEngineException e) {
            return new Result(null, List.of(syntaxProblem(e)));
        } catch (ReaderException e) {
            return new Result(
                    null,
                    List.of(new Problem(
                            positionOfCodePoint(text, e.getPosition()),
                            "the file contains a character YAML does not allow (U+"
                                    + String.format("%04X", e.getCodePoint())
                                    + "); remove it or write it as an escape inside a double-quoted string")));
        } catch (YamlVersionException e) {
            return new Result(
                    null,
                    List.of(new Problem(
                            Position.START,
                            "the %YAML directive asks for a YAML version"
                                    + " this parser does not read; remove the %YAML line (descriptors are YAML 1.2)")));
        } catch (YamlEngineException e) {
            return new Result(
                    null,
                    List.of(new Problem(
                            Position.START,
                            "the file is not valid YAML: " + Problem.abbreviate(String.valueOf(e.getMessage())))));
        }
    }

    private static Problem syntaxProblem(MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        // snakeyaml-engine quotes the character it stopped at, a NUL at the end of the input included.
        String problem = e.getProblem() == null
                ? "unreadable YAML"
                : UnsafeCharacters.escape(e.getProblem().strip());
        String context = e.getContext() == null
                ? ""
                : " (" + UnsafeCharacters.escape(e.getContext().strip()) + ")";
        Position at = mark.map(SafeYamlLoader::position).orElse(Position.START);
        // An unclosed quote or bracket is found only at the end of the file: say where it opened.
        String opened = e.getContextMark()
                .map(SafeYamlLoader::position)
                .filter(start -> start.line() != at.line())
                .map(start -> ", which starts at line " + start.line() + ", column " + start.column())
                .orElse("");
        return new Problem(
                at,
                "YAML syntax error: " + problem + context + opened
                        + "; check the indentation, the quoting and the ': ' after each key here");
    }

    private static Position positionOfCodePoint(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            seen++;
        }
        return new Position(line, column);
    }

    /** A tag as the author wrote it: {@code !!java.lang.Runtime} rather than its full URI. */
    private static String shortTag(String tag) {
        return Problem.abbreviate(tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag);
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Position start(Event event) {
        return event.getStartMark().map(SafeYamlLoader::position).orElse(Position.START);
    }

    /** Stops composition with one problem; carries no stack trace, it is not a failure of ours. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Refusal(Position position, String message) {
            super(message, null, false, false);
            this.problem = new Problem(position, message);
        }
    }

    /** One run over one event stream. */
    private final class Composition {

        private final Iterator<Event> events;
        private final Deque<Frame> open = new ArrayDeque<>();
        private final List<Problem> duplicates = new ArrayList<>();
        private YamlNode root;
        private int documents;

        Composition(Iterator<Event> events) {
            this.events = events;
        }

        Result run() {
            while (events.hasNext()) {
                Event event = events.next();
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > 1) {
                            throw new Refusal(
                                    start(event),
                                    "the file holds more than one YAML document (a second "
                                            + "one starts here); keep one profile per file and remove the '---' line");
                        }
                    }
                    case Alias ->
                        throw new Refusal(
                                start(event),
                                "YAML alias '*"
                                        + ((AliasEvent) event).getAlias().getValue()
                                        + "' is not allowed in a descriptor;"
                                        + " write the value out in full");
                    case Scalar -> add(scalar((ScalarEvent) event));
                    case SequenceStart, MappingStart -> openCollection((CollectionStartEvent) event);
                    case SequenceEnd, MappingEnd -> add(open.pop().build());
                    default -> {
                        // stream start and end, document end, comments: nothing to compose
                    }
                }
            }
            return new Result(root, duplicates);
        }

        private void openCollection(CollectionStartEvent event) {
            refuseAnchor(event);
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            Position position = start(event);
            event.getTag().ifPresent(tag -> {
                if (!tag.equals(mapping ? MAP : SEQ)) {
                    throw new Refusal(
                            position,
                            "YAML tag '" + shortTag(tag) + "' is not allowed here;"
                                    + " remove it: descriptors use plain YAML mappings, lists and values");
                }
            });
            if (open.size() >= MAX_DEPTH) {
                throw new Refusal(
                        position,
                        "the YAML is nested more than " + MAX_DEPTH + " levels deep here;"
                                + " a descriptor needs at most three levels (e.g. suppress, an entry, its rule)");
            }
            String path = childPath();
            open.push(mapping ? new MappingFrame(path, position) : new SequenceFrame(path, position));
        }

        private Scalar scalar(ScalarEvent event) {
            refuseAnchor(event);
            Position position = start(event);
            String value = event.getValue();
            refuseUnsafeCharacter(value, position);
            String tag = event.getTag().orElse(null);
            if (tag == null) {
                tag = resolver.resolve(value, event.getImplicit().canOmitTagInPlainScalar())
                        .getValue();
            } else if (!SCALAR_TAGS.contains(tag)) {
                throw new Refusal(
                        position,
                        "YAML tag '" + shortTag(tag) + "' is not allowed;"
                                + " remove it and write a plain value (quote it to make it text)");
            } else if (!tag.equals(STR)
                    && !resolver.resolve(value, true).getValue().equals(tag)) {
                throw new Refusal(
                        position,
                        "the value '" + Problem.abbreviate(value) + "' does not fit its tag '"
                                + tag.substring(CORE.length()) + "'; remove the tag");
            }
            return switch (tag) {
                case INT -> new Scalar(value, ScalarType.INTEGER, integer(value), false, position);
                case FLOAT -> new Scalar(value, ScalarType.FLOAT, null, false, position);
                case BOOL -> new Scalar(value, ScalarType.BOOLEAN, null, value.equalsIgnoreCase("true"), position);
                case NULL -> new Scalar(value, ScalarType.NULL, null, false, position);
                default -> new Scalar(value, ScalarType.STRING, null, false, position);
            };
        }

        /**
         * Refuses a character no output can carry safely ({@link UnsafeCharacters}): a control
         * character or unpaired surrogate from a double-quoted escape (backslash-x01, backslash-uD800),
         * or a bidirectional control, written raw or escaped. The message names the key, or says the key itself holds it.
         */
        private void refuseUnsafeCharacter(String value, Position position) {
            int index = UnsafeCharacters.firstIn(value);
            if (index < 0) {
                return;
            }
            Frame parent = open.peek();
            String where;
            if (parent instanceof MappingFrame mapping && !mapping.expectsValue()) {
                where = "a key" + (mapping.path.isEmpty() ? " at the top level" : " under " + mapping.path);
            } else {
                String path = childPath();
                where = path.isEmpty() ? "the document" : path;
            }
            throw new Refusal(position, where + " holds " + UnsafeCharacters.describe(value, index));
        }

        private void refuseAnchor(NodeEvent event) {
            event.getAnchor().ifPresent(anchor -> {
                throw new Refusal(
                        start(event),
                        "YAML anchor '&" + Problem.abbreviate(anchor.getValue())
                                + "' is not allowed in a descriptor; remove it (anchors and aliases are not supported)");
            });
        }

        private void add(YamlNode node) {
            Frame parent = open.peek();
            if (parent == null) {
                root = node;
            } else {
                parent.add(node);
            }
        }

        private String childPath() {
            Frame parent = open.peek();
            return parent == null ? "" : parent.childPath();
        }

        private abstract static class Frame {

            final String path;
            final Position position;

            Frame(String path, Position position) {
                this.path = path;
                this.position = position;
            }

            abstract void add(YamlNode node);

            abstract String childPath();

            abstract YamlNode build();
        }

        private static final class SequenceFrame extends Frame {

            private final List<YamlNode> items = new ArrayList<>();

            SequenceFrame(String path, Position position) {
                super(path, position);
            }

            @Override
            void add(YamlNode node) {
                items.add(node);
            }

            @Override
            String childPath() {
                return path + "[" + items.size() + "]";
            }

            @Override
            YamlNode build() {
                return new Sequence(items, position);
            }
        }

        private final class MappingFrame extends Frame {

            private final List<Entry> entries = new ArrayList<>();
            private final Map<String, Position> seen = new HashMap<>();
            private Scalar pendingKey;

            MappingFrame(String path, Position position) {
                super(path, position);
            }

            @Override
            void add(YamlNode node) {
                if (pendingKey != null) {
                    entries.add(new Entry(pendingKey, node));
                    pendingKey = null;
                    return;
                }
                if (!(node instanceof Scalar key)) {
                    throw new Refusal(
                            node.position(),
                            "a key here is a " + (node instanceof Sequence ? "list" : "mapping")
                                    + "; keys are plain names such as 'protection'");
                }
                Position first = seen.putIfAbsent(key.text(), key.position());
                if (first != null) {
                    duplicates.add(new Problem(
                            key.position(),
                            "duplicate key '" + keyPath(key) + "', first written at line " + first.line() + ", column "
                                    + first.column() + "; keep one of them"));
                }
                pendingKey = key;
            }

            private String keyPath(Scalar key) {
                String name = Problem.abbreviate(key.text());
                return path.isEmpty() ? name : path + "." + name;
            }

            @Override
            String childPath() {
                return pendingKey == null ? path : keyPath(pendingKey);
            }

            /** True when the next node is the value of a key just read, false when it is a key. */
            boolean expectsValue() {
                return pendingKey != null;
            }

            @Override
            YamlNode build() {
                return new Mapping(entries, position);
            }
        }
    }

    /** An integer in one of the core schema's spellings: decimal with sign, {@code 0o} octal, {@code 0x} hex. */
    private static BigInteger integer(String text) {
        if (text.startsWith("0o")) {
            return new BigInteger(text.substring(2), 8);
        }
        if (text.startsWith("0x")) {
            return new BigInteger(text.substring(2), 16);
        }
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }
}
