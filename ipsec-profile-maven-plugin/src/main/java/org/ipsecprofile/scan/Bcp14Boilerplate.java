package org.ipsecprofile.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a draft that includes generated sections has the BCP 14 boilerplate (SPEC §4.4): the
 * sentence of RFC 8174 Section 2 (or the older RFC 2119 form), in the draft or in a file it
 * includes, however it is broken across lines or marked up, or kramdown-rfc's
 * {@code {::boilerplate bcp14…}} ({@code bcp14}, {@code bcp14-tagged}, {@code bcp14-tagged-bcp14}, …).
 * A generated section is an {@code xi:include} of an {@code ipsec-profile-<id>.xml}, a
 * {@code {::include}} of an {@code ipsec-profile-<id>.md}, the same of a
 * {@code security-considerations} file that the plugin wrote (below its output directory or in a
 * folder named {@code ipsec-profile}), or, in a text draft, a pasted profile section's heading.
 */
final class Bcp14Boilerplate {

    private static final String ID = "ipsec-profile-[a-z][a-z0-9-]{0,62}";

    private static final Pattern XML_INCLUDE = Pattern.compile("<(?:[\\w.-]+:)?include\\s([^>]*)>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
    private static final Pattern MD_INCLUDE = Pattern.compile("(?m)^\\{::include[\\w-]*\\s+([^}\\n]*?)\\s*\\}");
    private static final Pattern PROFILE_FILE = Pattern.compile("(?:^|.*/)(" + ID + ")\\.(?:xml|md)");
    private static final Pattern SECURITY_FILE = Pattern.compile("(?:^|.*/)security-considerations\\.(?:xml|md)");

    static final Pattern DIRECTIVE = Pattern.compile("(?m)^\\{::boilerplate\\s+bcp14[\\w+-]*\\s*\\}");

    /**
     * The sentence, on prose with white space collapsed: "key words", the keywords, and "are to
     * be interpreted as described in" BCP 14 or RFC 2119 (by name or by citation).
     */
    private static final Pattern SENTENCE = Pattern.compile(
            "\\bkey\\s?words\\b.{0,400}?\\bare\\s+to\\s+be\\s+interpreted\\s+as\\s+described\\s+in\\s+"
                    + "(?:BCP\\s?14|RFC\\s?2119|\\[RFC2119\\]|\\{\\{[!?]?RFC2119\\}\\})",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Bcp14Boilerplate() {}

    /**
     * The gap in {@code source}, or empty when it includes no generated section or has the
     * boilerplate (in itself or one of {@code includedSources}).
     */
    static Optional<BoilerplateGap> find(
            String displayPath,
            String source,
            DraftFormat format,
            List<String> sectionTitles,
            List<String> includedSources,
            Path file,
            Path outputDirectory) {
        String visible = blankComments(source);
        Path output = outputDirectory == null
                ? null
                : outputDirectory.toAbsolutePath().normalize();
        List<String> sections = new ArrayList<>();
        int at = -1;
        boolean anyProfile = false;
        switch (format) {
            case XML -> {
                Matcher include = XML_INCLUDE.matcher(visible);
                while (include.find()) {
                    Matcher href = HREF.matcher(include.group(1));
                    if (href.find() && generatedSection(href.group(2).strip(), file, output, sections)) {
                        at = at < 0 ? include.start() : at;
                    }
                }
            }
            case MARKDOWN -> {
                Matcher include = MD_INCLUDE.matcher(visible);
                while (include.find()) {
                    if (generatedSection(include.group(1), file, output, sections)) {
                        at = at < 0 ? include.start() : at;
                    }
                }
            }
            case TEXT -> {
                int heading = ProfileInclusion.textHeading(visible, sectionTitles);
                if (heading >= 0) {
                    at = heading;
                    anyProfile = true;
                }
            }
        }
        if (at < 0 || hasBoilerplate(source, format)) {
            return Optional.empty();
        }
        for (String included : includedSources) {
            if (hasBoilerplate(included, DraftFormat.XML)) {
                return Optional.empty();
            }
        }
        if (format == DraftFormat.MARKDOWN && includedMarkdownHasBoilerplate(visible, file, output)) {
            return Optional.empty();
        }
        LineIndex lines = new LineIndex(source);
        int line = lines.line(at);
        boolean ignored = lines.lines(line, line).contains(DraftScanner.IGNORE_MARKER);
        return Optional.of(
                new BoilerplateGap(displayPath, line, lines.column(at), format, sections, anyProfile, ignored));
    }

    /**
     * True when a Markdown file of the draft's own that it includes with {@code {::include}} (a
     * "Conventions and Definitions" kept apart, say) has the boilerplate. kramdown-rfc resolves the
     * path from where it runs; the draft's folder is where it usually runs.
     */
    private static boolean includedMarkdownHasBoilerplate(String visible, Path draft, Path output) {
        Path folder = draft.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return false;
        }
        Matcher include = MD_INCLUDE.matcher(visible);
        while (include.find()) {
            try {
                Path file = folder.resolve(include.group(1).strip()).normalize();
                if ((output != null && file.startsWith(output))
                        || !file.startsWith(folder)
                        || !Files.isRegularFile(file)
                        || Files.size(file) > DraftScanner.MAX_BYTES) {
                    continue;
                }
                if (hasBoilerplate(Files.readString(file, StandardCharsets.UTF_8), DraftFormat.MARKDOWN)) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // not a file that can be read: it holds no boilerplate the scan can see
            }
        }
        return false;
    }

    /** Adds the anchor of the generated section {@code href} names, if it names one; true when it did. */
    private static boolean generatedSection(String href, Path draft, Path output, List<String> sections) {
        String path = href.replace('\\', '/');
        Matcher profile = PROFILE_FILE.matcher(path);
        if (profile.matches()) {
            sections.add(profile.group(1));
            return true;
        }
        if (SECURITY_FILE.matcher(path).matches() && (path.contains("ipsec-profile/") || below(draft, path, output))) {
            sections.add("security-considerations");
            return true;
        }
        return false;
    }

    /**
     * True when {@code href}, relative to the draft's folder, lies below the output directory, or
     * names a file the plugin wrote (its "Generated by" comment), wherever it lies.
     */
    private static boolean below(Path draft, String href, Path output) {
        if (href.contains("://")) {
            return false;
        }
        try {
            Path parent = draft.toAbsolutePath().normalize().getParent();
            Path file = parent == null ? Path.of(href) : parent.resolve(href).normalize();
            if (output != null && file.startsWith(output)) {
                return true;
            }
            if (!Files.isRegularFile(file) || Files.size(file) > DraftScanner.MAX_BYTES) {
                return false;
            }
            return Files.readString(file, StandardCharsets.UTF_8).contains(DeclaredReferences.GENERATED_MARKER);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code source} with its comments ({@code <!-- -->}, {@code {::comment}}) blanked, line breaks and offsets kept. */
    static String blankComments(String source) {
        if (source.indexOf("<!--") < 0 && source.indexOf("{::comment}") < 0) {
            return source;
        }
        char[] out = source.toCharArray();
        int i = 0;
        while (i < out.length) {
            int xml = source.indexOf("<!--", i);
            int kramdown = source.indexOf("{::comment}", i);
            int next = xml < 0 ? kramdown : kramdown < 0 ? xml : Math.min(xml, kramdown);
            if (next < 0) {
                break;
            }
            int end;
            if (next == xml) {
                int close = source.indexOf("-->", next + 4);
                end = close < 0 ? out.length : close + 3;
            } else {
                int close = source.indexOf("{:/", next);
                int brace = close < 0 ? -1 : source.indexOf('}', close);
                end = brace < 0 ? out.length : brace + 1;
            }
            for (int k = next; k < end; k++) {
                if (out[k] != '\n' && out[k] != '\r') {
                    out[k] = ' ';
                }
            }
            i = end;
        }
        return new String(out);
    }

    /** True when {@code source} has the boilerplate sentence, or the kramdown-rfc directive. */
    static boolean hasBoilerplate(String source, DraftFormat format) {
        String visible = ProfileInclusion.withoutComments(source);
        if (format == DraftFormat.MARKDOWN && DIRECTIVE.matcher(visible).find()) {
            return true;
        }
        if (!visible.toLowerCase(java.util.Locale.ROOT).contains("interpreted")) {
            return false;
        }
        String prose = format.prose(source).text().replace(Prose.BREAK, ' ');
        return SENTENCE.matcher(prose.replaceAll("\\s+", " ")).find();
    }
}
