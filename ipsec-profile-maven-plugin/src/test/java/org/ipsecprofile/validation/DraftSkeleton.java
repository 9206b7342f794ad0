package org.ipsecprofile.validation;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A minimal complete xml2rfc v3 draft around generated fragments, so that the grammar sees each
 * fragment where a draft places it: {@code <section>} fragments inline in {@code <middle>} after a
 * short introduction, {@code <references>} fragments inline in {@code <back>}. Each fragment's XML
 * declaration is stripped; a fragment with a document type declaration is refused.
 *
 * <pre>{@code
 * String xml = DraftSkeleton.draft().section(profileXml).references(normativeXml).toXml();
 * assertThat(Xml2rfcGrammar.validate(xml)).isEmpty();
 * assertThat(DraftSkeleton.danglingXrefs(xml)).isEmpty();
 * }</pre>
 */
public final class DraftSkeleton {

    private static final Pattern XML_DECLARATION = Pattern.compile("\\A\\uFEFF?\\s*<\\?xml\\s[^?]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

    private final List<String> sections = new ArrayList<>();
    private final List<String> references = new ArrayList<>();
    private String title = "IPsec Profile Rendering Test";
    private String docName = "draft-ipsecprofile-harness-00";

    private DraftSkeleton() {}

    /** An empty draft: front matter and an introduction, no fragments yet. */
    public static DraftSkeleton draft() {
        return new DraftSkeleton();
    }

    /** A draft holding {@code sections} in its middle and {@code references} in its back. */
    public static String of(List<String> sections, List<String> references) {
        DraftSkeleton draft = draft();
        sections.forEach(draft::section);
        references.forEach(draft::references);
        return draft.toXml();
    }

    public DraftSkeleton title(String title) {
        this.title = title;
        return this;
    }

    public DraftSkeleton docName(String docName) {
        this.docName = docName;
        return this;
    }

    /** Adds a {@code <section>} fragment to the middle. */
    public DraftSkeleton section(String fragment) {
        sections.add(inline(fragment));
        return this;
    }

    /** Adds a {@code <references>} fragment to the back. */
    public DraftSkeleton references(String fragment) {
        references.add(inline(fragment));
        return this;
    }

    /** The complete document. */
    public String toXml() {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"3\" ipr=\"trust200902\"")
                .append(" docName=\"")
                .append(escape(docName))
                .append("\" category=\"info\"")
                .append(" submissionType=\"IETF\" tocInclude=\"true\" sortRefs=\"true\" symRefs=\"true\">\n")
                .append("  <front>\n")
                .append("    <title>")
                .append(escape(title))
                .append("</title>\n")
                .append("    <author fullname=\"A. Author\" initials=\"A.\" surname=\"Author\">\n")
                .append("      <organization>Example</organization>\n")
                .append("      <address>\n        <email>author@example.com</email>\n      </address>\n")
                .append("    </author>\n")
                .append("    <date/>\n")
                .append("    <abstract>\n      <t>This document holds generated sections for validation.</t>\n")
                .append("    </abstract>\n")
                .append("  </front>\n")
                .append("  <middle>\n")
                .append("    <section anchor=\"introduction\">\n      <name>Introduction</name>\n")
                .append("      <t>The sections that follow are generated.</t>\n    </section>\n");
        sections.forEach(s -> xml.append(s).append('\n'));
        xml.append("  </middle>\n").append("  <back>\n");
        references.forEach(r -> xml.append(r).append('\n'));
        xml.append("  </back>\n").append("</rfc>\n");
        return xml.toString();
    }

    /** {@code fragment} without its XML declaration, ready to be placed inside a document. */
    public static String inline(String fragment) {
        if (DOCTYPE.matcher(fragment).find()) {
            throw new IllegalArgumentException("a fragment must not carry a document type declaration");
        }
        return XML_DECLARATION.matcher(fragment).replaceFirst("").stripTrailing();
    }

    /**
     * The {@code target}s of {@code <xref>} elements in {@code xml} that no element's
     * {@code anchor} names, in document order without repeats; xml2rfc refuses a draft with any.
     */
    public static List<String> danglingXrefs(String xml) {
        Document document = parse(xml);
        Set<String> anchors = new LinkedHashSet<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("anchor")) {
                anchors.add(element.getAttribute("anchor"));
            }
        }
        Set<String> dangling = new LinkedHashSet<>();
        NodeList xrefs = document.getElementsByTagName("xref");
        for (int i = 0; i < xrefs.getLength(); i++) {
            String target = ((Element) xrefs.item(i)).getAttribute("target");
            if (!anchors.contains(target)) {
                dangling.add(target);
            }
        }
        return List.copyOf(dangling);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
