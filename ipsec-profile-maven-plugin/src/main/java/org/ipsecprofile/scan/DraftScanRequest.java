package org.ipsecprofile.scan;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: the drafts below {@code draftDirectory} that match {@code includes} and not
 * {@code excludes}, read in {@code encoding}, with paths reported relative to
 * {@code baseDirectory}. {@code projectHasDescriptors} says whether the project has any
 * profile descriptor: without one, every IPsec mandate is reported; with one, only the
 * mandates of drafts that include no generated profile section. {@code sectionTitles} are the
 * titles the project's descriptors give their profile sections ({@code title}), by which a text
 * draft that pastes a section is recognised besides the default "IPsec Profile for …".
 * {@code outputDirectory} is where the plugin writes its fragments (null when unknown): files
 * there declare no reference of the draft's own ({@link DeclaredReferences}).
 */
public record DraftScanRequest(
        Path baseDirectory,
        Path draftDirectory,
        List<String> includes,
        List<String> excludes,
        Charset encoding,
        boolean projectHasDescriptors,
        List<String> sectionTitles,
        Path outputDirectory) {

    public static final List<String> DEFAULT_INCLUDES =
            List.of("draft-*.xml", "draft-*.md", "draft-*.txt", "draft-*.mkd");

    public DraftScanRequest {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        sectionTitles = sectionTitles == null ? List.of() : List.copyOf(sectionTitles);
    }

    /** A request for a project whose descriptors give no section a title of its own. */
    public DraftScanRequest(
            Path baseDirectory,
            Path draftDirectory,
            List<String> includes,
            List<String> excludes,
            Charset encoding,
            boolean projectHasDescriptors) {
        this(baseDirectory, draftDirectory, includes, excludes, encoding, projectHasDescriptors, List.of(), null);
    }
}
