package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.report.FindingsJson;
import org.ipsecprofile.report.FindingsSarif;
import org.ipsecprofile.report.SarifRoot;
import org.ipsecprofile.report.SourceLines;

/** Writes {@code findings.json} and {@code findings.sarif} to the build directory's {@code ipsec-profile} folder. */
final class FindingsFiles {

    static final String JSON = "findings.json";
    static final String SARIF = "findings.sarif";

    private FindingsFiles() {}

    /** The folder of the findings files and the up-to-date records. */
    static Path directory(GenerationRequest request) {
        return request.buildDirectory().resolve("ipsec-profile");
    }

    /** Where {@code findings.json} goes: as the request says, or the findings folder. */
    static Path json(GenerationRequest request) {
        Path given = request.findingsFiles().json();
        return given == null ? directory(request).resolve(JSON) : given;
    }

    /** Where {@code findings.sarif} goes: as the request says, or the findings folder. */
    static Path sarif(GenerationRequest request) {
        Path given = request.findingsFiles().sarif();
        return given == null ? directory(request).resolve(SARIF) : given;
    }

    static void write(GenerationRequest request, CheckResult result, BuildLog log) throws GenerationException {
        write(json(request), FindingsJson.render(result));
        Path base = request.inputs().baseDirectory();
        write(
                sarif(request),
                FindingsSarif.render(
                        result, request.pluginVersion(), SourceLines.under(base), projectPath(request, log)));
    }

    private static void write(Path file, byte[] content) throws GenerationException {
        try {
            OutputFile.write(file, content);
        } catch (IOException e) {
            throw new GenerationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The project's folder as {@code findings.sarif}'s root sees it: from the repository's root, or {@code sarifRootDirectory}. */
    private static String projectPath(GenerationRequest request, BuildLog log) {
        Path project = request.inputs().baseDirectory();
        Path configured = request.sarifRootDirectory();
        if (configured == null) {
            return SarifRoot.repositoryOf(project)
                    .map(root -> SarifRoot.projectPathIn(root, project))
                    .orElse("");
        }
        Path root = configured.toAbsolutePath().normalize();
        if (!project.toAbsolutePath().normalize().startsWith(root)) {
            log.warn("IPsec profile: sarifRootDirectory " + configured + " does not hold the project " + project
                    + "; findings.sarif gives paths relative to the project instead.");
            return "";
        }
        return SarifRoot.projectPathIn(root, project);
    }
}
