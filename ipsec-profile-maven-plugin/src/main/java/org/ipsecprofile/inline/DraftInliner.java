package org.ipsecprofile.inline;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.xml.XmlMarkup;

/**
 * Makes a self-contained copy of an xml2rfc draft (SPEC §5.1, {@code inlineDrafts}): each
 * {@code xi:include} of a generated XML fragment is replaced by the fragment's content without
 * its XML declaration. Every other byte of the draft stays as it was — comments, formatting,
 * entity references, other {@code xi:include}s — because the draft is edited as text: a small
 * scanner finds the include elements (outside comments, CDATA sections, processing instructions
 * and the document type declaration), and only their spans are replaced.
 *
 * <p>An include is inlined when its namespace is XInclude's, it has no {@code parse="text"} and
 * no {@code xpointer}, and its {@code href}, resolved against the draft's folder, names one of
 * the generated fragments. Create one per generate run; it is immutable.
 */
public final class DraftInliner {

    static final String XINCLUDE = "http://www.w3.org/2001/XInclude";

    private static final Pattern XML_DECLARATION = Pattern.compile("\\A\uFEFF?<\\?xml[^>]*\\?>\\s*");
    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private final Map<Path, String> fragments = new HashMap<>();

    /** An {@code xi:include} of the draft: its line, its {@code href}, and whether it was inlined. */
    public record Include(int line, String href, boolean inlined) {}

    /** The copy's text, the name of the draft's root element, and every include found, in order. */
    public record Result(String text, String rootElement, List<Include> includes) {

        public Result {
            includes = List.copyOf(includes);
        }

        public long inlinedCount() {
            return includes.stream().filter(Include::inlined).count();
        }
    }

    /**
     * @param outputDirectory where the fragments are written
     * @param generated       what generate writes there: relative path with {@code /} to content;
     *                        only XML files are used
     */
    public DraftInliner(Path outputDirectory, Map<String, String> generated) {
        Path output = outputDirectory.toAbsolutePath().normalize();
        generated.forEach((relative, content) -> {
            if (relative.endsWith(".xml")) {
                fragments.put(output.resolve(relative).normalize(), content);
            }
        });
    }

    /** The inlined copy of {@code draft}, a draft whose own folder is {@code draftDirectory}. */
    public Result inline(String draft, Path draftDirectory) {
        URI base = directoryUri(draftDirectory);
        StringBuilder copy = new StringBuilder(draft.length() * 2);
        List<Include> includes = new ArrayList<>();
        Deque<Map<String, String>> scopes = new ArrayDeque<>();
        String root = null;
        int copied = 0;
        int at = 0;
        while (true) {
            int lt = draft.indexOf('<', at);
            if (lt < 0) {
                break;
            }
            if (draft.startsWith("<!--", lt)) {
                at = XmlMarkup.after(draft, "-->", lt + 4);
            } else if (draft.startsWith("<![CDATA[", lt)) {
                at = XmlMarkup.after(draft, "]]>", lt + 9);
            } else if (draft.startsWith("<?", lt)) {
                at = XmlMarkup.after(draft, "?>", lt + 2);
            } else if (draft.startsWith("<!", lt)) {
                at = XmlMarkup.afterDeclaration(draft, lt);
            } else if (draft.startsWith("</", lt)) {
                if (!scopes.isEmpty()) {
                    scopes.pop();
                }
                at = XmlMarkup.after(draft, ">", lt + 2);
            } else {
                Tag tag = Tag.read(draft, lt);
                if (tag == null) {
                    at = lt + 1;
                    continue;
                }
                if (root == null) {
                    root = tag.localName();
                }
                Map<String, String> scope = tag.namespaceDeclarations();
                String namespace = tag.prefix().isEmpty()
                        ? scope.getOrDefault("", lookup(scopes, ""))
                        : scope.getOrDefault(tag.prefix(), lookup(scopes, tag.prefix()));
                if (XINCLUDE.equals(namespace) && tag.localName().equals("include")) {
                    String href = tag.attributes().get("href");
                    String fragment = href == null
                                    || tag.attributes().containsKey("xpointer")
                                    || "text".equals(tag.attributes().get("parse"))
                            ? null
                            : fragment(base, decode(href));
                    int end = tag.selfClosing() ? tag.end() : endOfElement(draft, tag);
                    int line = lineOf(draft, lt);
                    if (fragment != null && end > 0) {
                        copy.append(draft, copied, lt).append(body(fragment));
                        copied = end;
                        at = end;
                        includes.add(new Include(line, decode(href), true));
                        continue;
                    }
                    includes.add(new Include(line, href == null ? null : decode(href), false));
                }
                if (!tag.selfClosing()) {
                    scopes.push(scope);
                }
                at = tag.end();
            }
        }
        copy.append(draft, copied, draft.length());
        return new Result(copy.toString(), root, includes);
    }

    private String fragment(URI base, String href) {
        try {
            URI target = base.resolve(new URI(href));
            if (!"file".equalsIgnoreCase(target.getScheme())) {
                return null;
            }
            return fragments.get(Path.of(target).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The fragment as it stands inside the draft: no XML declaration, no trailing line break. */
    static String body(String fragment) {
        return XML_DECLARATION.matcher(fragment).replaceFirst("").stripTrailing();
    }

    private static URI directoryUri(Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    private static String lookup(Deque<Map<String, String>> scopes, String prefix) {
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(prefix)) {
                return scope.get(prefix);
            }
        }
        return null;
    }

    /** The index just past the element that {@code start} opens, or -1 when it is not closed. */
    private static int endOfElement(String draft, Tag start) {
        int depth = 1;
        int at = start.end();
        while (depth > 0) {
            int lt = draft.indexOf('<', at);
            if (lt < 0) {
                return -1;
            }
            if (draft.startsWith("<!--", lt)) {
                at = XmlMarkup.after(draft, "-->", lt + 4);
            } else if (draft.startsWith("<![CDATA[", lt)) {
                at = XmlMarkup.after(draft, "]]>", lt + 9);
            } else if (draft.startsWith("<?", lt)) {
                at = XmlMarkup.after(draft, "?>", lt + 2);
            } else if (draft.startsWith("</", lt)) {
                int gt = draft.indexOf('>', lt);
                if (gt < 0) {
                    return -1;
                }
                if (draft.substring(lt + 2, gt).strip().equals(start.qualifiedName())) {
                    depth--;
                }
                at = gt + 1;
            } else {
                Tag tag = Tag.read(draft, lt);
                if (tag == null) {
                    at = lt + 1;
                    continue;
                }
                if (!tag.selfClosing() && tag.qualifiedName().equals(start.qualifiedName())) {
                    depth++;
                }
                at = tag.end();
            }
        }
        return at;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** An attribute value with its character and predefined entity references resolved. */
    static String decode(String value) {
        Matcher m = CHARACTER_REFERENCE.matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int code = name.startsWith("#x")
                            ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
                }
            };
            m.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(decoded);
        return decoded.toString();
    }

    /** A start tag: its name, attributes in order, whether it closes itself, and the index past it. */
    private record Tag(String qualifiedName, Map<String, String> attributes, boolean selfClosing, int end) {

        static Tag read(String text, int lt) {
            int i = lt + 1;
            int nameStart = i;
            while (i < text.length() && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == nameStart) {
                return null;
            }
            String name = text.substring(nameStart, i);
            Map<String, String> attributes = new LinkedHashMap<>();
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '>') {
                    return new Tag(name, attributes, false, i + 1);
                } else if (c == '/' && text.startsWith("/>", i)) {
                    return new Tag(name, attributes, true, i + 2);
                } else {
                    int attributeStart = i;
                    while (i < text.length() && isNameChar(text.charAt(i))) {
                        i++;
                    }
                    if (i == attributeStart) {
                        return null;
                    }
                    String attribute = text.substring(attributeStart, i);
                    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    if (i >= text.length() || text.charAt(i) != '=') {
                        return null;
                    }
                    i++;
                    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    if (i >= text.length() || (text.charAt(i) != '"' && text.charAt(i) != '\'')) {
                        return null;
                    }
                    int close = text.indexOf(text.charAt(i), i + 1);
                    if (close < 0) {
                        return null;
                    }
                    attributes.put(attribute, text.substring(i + 1, close));
                    i = close + 1;
                }
            }
            return null;
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
        }

        String prefix() {
            int colon = qualifiedName.indexOf(':');
            return colon < 0 ? "" : qualifiedName.substring(0, colon);
        }

        String localName() {
            return qualifiedName.substring(qualifiedName.indexOf(':') + 1);
        }

        Map<String, String> namespaceDeclarations() {
            Map<String, String> declared = new HashMap<>();
            attributes.forEach((name, value) -> {
                if (name.equals("xmlns")) {
                    declared.put("", decode(value));
                } else if (name.startsWith("xmlns:")) {
                    declared.put(name.substring(6), decode(value));
                }
            });
            return declared;
        }
    }
}
