package org.ipsecprofile.render.wording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.content.Block;
import org.ipsecprofile.render.content.BulletList;
import org.ipsecprofile.render.content.Citation;
import org.ipsecprofile.render.content.Definition;
import org.ipsecprofile.render.content.DefinitionList;
import org.ipsecprofile.render.content.Inline;
import org.ipsecprofile.render.content.Keyword;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.SectionRef;
import org.ipsecprofile.render.content.Text;

/**
 * Reads the neutral markup the wording templates write back into the block model that the
 * layout templates of every format draw:
 *
 * <pre>
 * section  = &lt;section anchor="…"&gt; &lt;name&gt;text&lt;/name&gt; block* section* &lt;/section&gt;
 * block    = &lt;p&gt; inline* &lt;/p&gt;
 *          | &lt;dl&gt; (&lt;dt&gt; inline* &lt;/dt&gt; &lt;dd&gt; block* &lt;/dd&gt;)* &lt;/dl&gt;
 *          | &lt;ul&gt; (&lt;li&gt; inline* &lt;/li&gt;)* &lt;/ul&gt;
 * inline   = text | &lt;bcp14&gt;MUST&lt;/bcp14&gt;
 *          | &lt;cite anchor="RFC4301" section="5.1" normative="true"/&gt;
 *          | &lt;xref target="anchor" title="words shown for it"/&gt;
 * </pre>
 *
 * <p>The template's own white space is layout: each run of it, line breaks and indentation
 * included, is one space, and none is kept at the start or end of a paragraph, term, list item
 * or name. White space written as a character reference ({@link WordingFormat} writes a value's
 * white space so) is kept as it is.
 */
public final class WordingReader {

    /** Markup the reader does not accept: what is wrong, and the line of the markup where. */
    public static final class WordingProblem extends Exception {

        private static final long serialVersionUID = 1L;

        WordingProblem(String message) {
            super(message);
        }
    }

    private final String markup;
    private int position;

    private WordingReader(String markup) {
        this.markup = markup;
    }

    /** The one section {@code markup} holds. */
    public static Section read(String markup) throws WordingProblem {
        WordingReader reader = new WordingReader(markup);
        reader.skipLayout();
        Section section = reader.section(reader.tag());
        reader.skipLayout();
        if (reader.position < markup.length()) {
            throw reader.problem("nothing may follow the section's </section>");
        }
        return section;
    }

    private record Tag(String name, Map<String, String> attributes, boolean closing, boolean empty) {

        boolean opens(String element) {
            return !closing && name.equals(element);
        }

        boolean closes(String element) {
            return closing && name.equals(element);
        }

        String shown() {
            return "<" + (closing ? "/" : "") + name + (empty ? "/>" : ">");
        }
    }

    private Section section(Tag open) throws WordingProblem {
        if (!open.opens("section") || open.empty) {
            throw problem("a wording template writes one <section anchor=\"…\">, not " + open.shown());
        }
        String anchor = required(open, "anchor");
        skipLayout();
        Tag name = tag();
        if (!name.opens("name")) {
            throw problem("a <section> starts with its <name>, not " + name.shown());
        }
        StringBuilder title = new StringBuilder();
        for (Inline inline : inlines("name")) {
            if (!(inline instanceof Text text)) {
                throw problem("a section's <name> holds text only");
            }
            title.append(text.text());
        }
        List<Block> blocks = blocks();
        List<Section> subsections = new ArrayList<>();
        while (true) {
            Tag next = tag();
            if (next.closes("section")) {
                return new Section(anchor, title.toString(), blocks, subsections);
            }
            subsections.add(section(next));
            skipLayout();
        }
    }

    /** Blocks up to (not including) the closing tag that ends them. */
    private List<Block> blocks() throws WordingProblem {
        List<Block> blocks = new ArrayList<>();
        while (true) {
            skipLayout();
            if (position >= markup.length()) {
                throw problem("the markup ends inside an element");
            }
            if (markup.charAt(position) != '<') {
                throw problem("text outside a paragraph: \"" + excerpt() + "\"; put it in <p>…</p>");
            }
            int start = position;
            Tag tag = tag();
            if (tag.closing || tag.opens("section")) {
                position = start;
                return blocks;
            }
            blocks.add(block(tag));
        }
    }

    private Block block(Tag tag) throws WordingProblem {
        if (tag.opens("p") && !tag.empty) {
            return new Paragraph(inlines("p"));
        }
        if (tag.opens("dl") && !tag.empty) {
            List<Definition> definitions = new ArrayList<>();
            while (true) {
                skipLayout();
                Tag next = tag();
                if (next.closes("dl")) {
                    return new DefinitionList(definitions);
                }
                if (!next.opens("dt")) {
                    throw problem("a <dl> holds <dt> and <dd> pairs, not " + next.shown());
                }
                List<Inline> term = inlines("dt");
                skipLayout();
                if (!tag().opens("dd")) {
                    throw problem("each <dt> is followed by its <dd>");
                }
                List<Block> description = blocks();
                expectClosing("dd");
                definitions.add(new Definition(term, description));
            }
        }
        if (tag.opens("ul") && !tag.empty) {
            List<List<Inline>> items = new ArrayList<>();
            while (true) {
                skipLayout();
                Tag next = tag();
                if (next.closes("ul")) {
                    return new BulletList(items);
                }
                if (!next.opens("li")) {
                    throw problem("a <ul> holds <li> items, not " + next.shown());
                }
                items.add(inlines("li"));
            }
        }
        throw problem(tag.shown() + " cannot stand here: a paragraph (<p>), a definition list (<dl>) or a"
                + " bullet list (<ul>) can");
    }

    private void expectClosing(String element) throws WordingProblem {
        skipLayout();
        Tag tag = tag();
        if (!tag.closes(element)) {
            throw problem("expected </" + element + ">, found " + tag.shown());
        }
    }

    /** The inlines of {@code element}, up to and including its closing tag. */
    private List<Inline> inlines(String element) throws WordingProblem {
        InlineBuilder inlines = new InlineBuilder();
        while (true) {
            if (position >= markup.length()) {
                throw problem("<" + element + "> is not closed");
            }
            char c = markup.charAt(position);
            if (c == '<') {
                Tag tag = tag();
                if (tag.closes(element)) {
                    return inlines.finish();
                }
                inlines.inline(inline(tag));
            } else if (c == '&') {
                inlines.character(reference());
            } else if (Character.isWhitespace(c)) {
                inlines.layoutSpace();
                position++;
            } else {
                inlines.character(c);
                position++;
            }
        }
    }

    private Inline inline(Tag tag) throws WordingProblem {
        if (tag.opens("bcp14") && !tag.empty) {
            StringBuilder word = new StringBuilder();
            for (Inline inline : inlines("bcp14")) {
                if (!(inline instanceof Text text)) {
                    throw problem("<bcp14> holds a keyword only");
                }
                word.append(text.text());
            }
            try {
                return new Keyword(word.toString());
            } catch (IllegalArgumentException e) {
                throw problem("<bcp14>" + word + "</bcp14>: not a BCP 14 keyword (MUST, MUST NOT, REQUIRED, SHALL,"
                        + " SHALL NOT, SHOULD, SHOULD NOT, RECOMMENDED, NOT RECOMMENDED, MAY, OPTIONAL)");
            }
        }
        if (tag.opens("cite") && tag.empty) {
            String normative = tag.attributes.getOrDefault("normative", "false");
            if (!normative.equals("true") && !normative.equals("false")) {
                throw problem("<cite normative=\"…\"> is true or false, not " + normative);
            }
            return new Citation(required(tag, "anchor"), tag.attributes.get("section"), normative.equals("true"));
        }
        if (tag.opens("xref") && tag.empty) {
            return new SectionRef(required(tag, "target"), required(tag, "title"));
        }
        throw problem(tag.shown() + " cannot stand inside text: <bcp14>, <cite/> and <xref/> can");
    }

    /** Collects inlines, folding the template's white space and merging adjacent text. */
    private static final class InlineBuilder {
        private final List<Inline> inlines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean started;
        private boolean pendingSpace;

        void layoutSpace() {
            pendingSpace = started;
        }

        void character(char c) {
            flushSpace();
            text.append(c);
            started = true;
        }

        void inline(Inline inline) {
            flushSpace();
            flushText();
            inlines.add(inline);
            started = true;
        }

        List<Inline> finish() {
            flushText();
            return inlines;
        }

        private void flushSpace() {
            if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
        }

        private void flushText() {
            if (!text.isEmpty()) {
                inlines.add(new Text(text.toString()));
                text.setLength(0);
            }
        }
    }

    private Tag tag() throws WordingProblem {
        if (position >= markup.length() || markup.charAt(position) != '<') {
            throw problem("expected an element, found \"" + excerpt() + "\"");
        }
        position++;
        boolean closing = peek('/');
        if (closing) {
            position++;
        }
        String name = name();
        Map<String, String> attributes = new LinkedHashMap<>();
        while (true) {
            skipLayout();
            if (peek('/') && !closing) {
                position++;
                expect('>');
                return new Tag(name, attributes, false, true);
            }
            if (peek('>')) {
                position++;
                return new Tag(name, attributes, closing, false);
            }
            if (closing) {
                throw problem("</" + name + "> takes no attributes");
            }
            String attribute = name();
            skipLayout();
            expect('=');
            skipLayout();
            expect('"');
            StringBuilder value = new StringBuilder();
            while (!peek('"')) {
                if (position >= markup.length() || peek('<')) {
                    throw problem("the value of " + attribute + "=\"…\" is not closed");
                }
                if (peek('&')) {
                    value.append(reference());
                } else {
                    value.append(markup.charAt(position++));
                }
            }
            position++;
            if (attributes.put(attribute, value.toString()) != null) {
                throw problem("<" + name + "> has two " + attribute + " attributes");
            }
        }
    }

    private String name() throws WordingProblem {
        int start = position;
        while (position < markup.length()
                && (Character.isLetterOrDigit(markup.charAt(position)) || markup.charAt(position) == '-')) {
            position++;
        }
        if (position == start) {
            throw problem("expected a name, found \"" + excerpt() + "\"");
        }
        return markup.substring(start, position);
    }

    /** The character a reference ({@code &amp;}, {@code &#10;}, {@code &#x2014;}) stands for. */
    private char reference() throws WordingProblem {
        int end = markup.indexOf(';', position);
        if (end < 0 || end - position > 10) {
            throw problem("a lone & (write &amp;amp; for an ampersand)");
        }
        String entity = markup.substring(position + 1, end);
        position = end + 1;
        switch (entity) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        try {
            int code = entity.startsWith("#x")
                    ? Integer.parseInt(entity.substring(2), 16)
                    : entity.startsWith("#") ? Integer.parseInt(entity.substring(1)) : -1;
            if (code >= 0 && code <= Character.MAX_VALUE) {
                return (char) code;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem("&" + entity + "; is not a character reference the markup knows");
    }

    private static String required(Tag tag, String attribute) throws WordingProblem {
        String value = tag.attributes.get(attribute);
        if (value == null || value.isBlank()) {
            throw new WordingProblem("<" + tag.name + "> needs its " + attribute + "=\"…\" attribute");
        }
        return value;
    }

    private void skipLayout() {
        while (position < markup.length() && Character.isWhitespace(markup.charAt(position))) {
            position++;
        }
    }

    private boolean peek(char c) {
        return position < markup.length() && markup.charAt(position) == c;
    }

    private void expect(char c) throws WordingProblem {
        if (!peek(c)) {
            throw problem("expected '" + c + "', found \"" + excerpt() + "\"");
        }
        position++;
    }

    private String excerpt() {
        String rest = markup.substring(Math.min(position, markup.length()));
        String line = rest.lines().findFirst().orElse("").strip();
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    private WordingProblem problem(String message) {
        int line = 1;
        for (int i = 0; i < Math.min(position, markup.length()); i++) {
            if (markup.charAt(i) == '\n') {
                line++;
            }
        }
        return new WordingProblem("line " + line + " of the markup: " + message);
    }
}
