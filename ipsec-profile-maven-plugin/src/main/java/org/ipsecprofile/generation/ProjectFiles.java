package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.SourceFiles;
import org.ipsecprofile.scan.DraftScanRequest;

/** The descriptor and draft files a request's inputs select, with the default patterns where none are given. */
final class ProjectFiles {

    private ProjectFiles() {}

    static List<Path> descriptors(GenerationRequest.Inputs inputs) throws IOException {
        return SourceFiles.find(
                inputs.descriptorDirectory(),
                orDefault(inputs.includes(), CheckRequest.DEFAULT_INCLUDES),
                orEmpty(inputs.excludes()));
    }

    static List<Path> drafts(GenerationRequest.Inputs inputs) throws IOException {
        return SourceFiles.find(
                inputs.draftDirectory(),
                orDefault(inputs.draftIncludes(), DraftScanRequest.DEFAULT_INCLUDES),
                orEmpty(inputs.draftExcludes()));
    }

    /** The descriptor patterns as the log names them: the configured ones, or the defaults. */
    static List<String> descriptorIncludes(GenerationRequest.Inputs inputs) {
        return orDefault(inputs.includes(), CheckRequest.DEFAULT_INCLUDES);
    }

    private static List<String> orDefault(List<String> patterns, List<String> defaults) {
        return patterns == null || patterns.isEmpty() ? defaults : patterns;
    }

    private static List<String> orEmpty(List<String> patterns) {
        return patterns == null ? List.of() : patterns;
    }
}
