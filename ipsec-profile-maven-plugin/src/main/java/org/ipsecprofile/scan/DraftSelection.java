package org.ipsecprofile.scan;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.ConfigurationException;

/**
 * The drafts a project's configuration names for the scan ({@code draftDirectory},
 * {@code draftIncludes}, {@code draftExcludes}, {@code encoding}), with paths reported relative
 * to {@code baseDirectory}: a {@link DraftScanRequest} before it is known whether the project
 * has descriptors. Null or empty includes mean {@link DraftScanRequest#DEFAULT_INCLUDES}.
 * {@code outputDirectory} is where the plugin writes its fragments, null when unknown.
 */
public record DraftSelection(
        Path baseDirectory,
        Path draftDirectory,
        List<String> includes,
        List<String> excludes,
        Charset encoding,
        Path outputDirectory) {

    /** A selection for a project whose output directory is not known (the report goal). */
    public DraftSelection(
            Path baseDirectory, Path draftDirectory, List<String> includes, List<String> excludes, Charset encoding) {
        this(baseDirectory, draftDirectory, includes, excludes, encoding, null);
    }

    public DraftSelection {
        includes = includes == null || includes.isEmpty() ? DraftScanRequest.DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }

    /**
     * The request that scans these drafts, for a project that has descriptors or not, with the
     * titles its descriptors give their profile sections.
     */
    public DraftScanRequest request(boolean projectHasDescriptors, List<String> sectionTitles) {
        return new DraftScanRequest(
                baseDirectory,
                draftDirectory,
                includes,
                excludes,
                encoding,
                projectHasDescriptors,
                sectionTitles,
                outputDirectory);
    }

    /**
     * The character set the {@code encoding} parameter names: UTF-8 when it is null or blank (no
     * {@code project.build.sourceEncoding} either).
     */
    public static Charset encoding(String name) throws ConfigurationException {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ConfigurationException("encoding '" + name + "' is not a character set Java knows: write"
                    + " one such as UTF-8 in <encoding> or project.build.sourceEncoding");
        }
    }
}
