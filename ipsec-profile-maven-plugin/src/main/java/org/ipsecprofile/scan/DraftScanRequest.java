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
 * mandates of drafts that include no generated profile section.
 */
public record DraftScanRequest(
        Path baseDirectory,
        Path draftDirectory,
        List<String> includes,
        List<String> excludes,
        Charset encoding,
        boolean projectHasDescriptors) {

    public static final List<String> DEFAULT_INCLUDES =
            List.of("draft-*.xml", "draft-*.md", "draft-*.txt", "draft-*.mkd");

    public DraftScanRequest {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }
}
