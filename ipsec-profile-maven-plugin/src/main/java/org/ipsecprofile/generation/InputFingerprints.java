package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.output.GenerationFingerprint;
import org.ipsecprofile.output.PluginCode;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.render.DeclaredAnchors;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.report.SarifRoot;

/**
 * The fingerprints of {@code generate}'s up-to-date checks ({@link GenerationFingerprint}): of
 * everything an execution reads, taken before anything is parsed, and of everything the
 * fragments depend on, taken once the descriptors are checked.
 */
final class InputFingerprints {

    private InputFingerprints() {}

    /**
     * The goal, the plugin's version and jars, every setting, and the content of the descriptors,
     * the drafts and the template overrides.
     */
    static String execution(GenerationRequest request) throws IOException {
        GenerationRequest.Inputs inputs = request.inputs();
        GenerationRequest.Rendering rendering = request.rendering();
        Map<String, String> severities =
                inputs.ruleSeverities() == null ? Map.of() : new TreeMap<>(inputs.ruleSeverities());
        GenerationFingerprint fingerprint = plugin(
                        new GenerationFingerprint().add("goal", request.goal().keyword()), request)
                .add(
                        "parameters",
                        String.join(
                                        "\n",
                                        "descriptorDirectory=" + inputs.descriptorDirectory(),
                                        "includes=" + inputs.includes(),
                                        "excludes=" + inputs.excludes(),
                                        "failOn=" + request.failOn(),
                                        "ruleSeverities=" + severities,
                                        "draftDirectory=" + inputs.draftDirectory(),
                                        "draftIncludes=" + inputs.draftIncludes(),
                                        "draftExcludes=" + inputs.draftExcludes(),
                                        "encoding=" + inputs.encoding(),
                                        "baseDirectory=" + inputs.baseDirectory(),
                                        "buildDirectory=" + request.buildDirectory(),
                                        "outputDirectory=" + rendering.outputDirectory(),
                                        "formats=" + rendering.formats(),
                                        "templateDirectory=" + rendering.templateDirectory(),
                                        "markdownHeadingLevel=" + rendering.markdownHeadingLevel(),
                                        "sarifRootDirectory=" + request.sarifRootDirectory(),
                                        "repository="
                                                + SarifRoot.repositoryOf(inputs.baseDirectory())
                                                        .orElse(null),
                                        "inlineDrafts=" + request.inlining().enabled())
                                + findingsTargets(request))
                .addDirectory("templateDirectory", rendering.templateDirectory());
        List<Path> descriptors = ProjectFiles.descriptors(inputs);
        fingerprint.add("descriptors", String.valueOf(descriptors.size()));
        for (Path descriptor : descriptors) {
            fingerprint.addFile(descriptor.toAbsolutePath().toString(), descriptor);
        }
        List<Path> drafts = ProjectFiles.drafts(inputs);
        fingerprint.add("drafts", String.valueOf(drafts.size()));
        for (Path draft : drafts) {
            fingerprint.addFile(draft.toAbsolutePath().toString(), draft);
        }
        return fingerprint.inputs();
    }

    /**
     * The plugin's version and jars, the rendering settings, the template overrides, the
     * descriptors, the findings (which carry the rule settings and suppressions) and the anchors of
     * the references the drafts declare (left out of the reference lists). Equal fingerprints
     * render equal files.
     */
    static String rendering(
            GenerationRequest request, Set<Format> formats, CheckResult result, DeclaredAnchors declaredReferences)
            throws IOException {
        GenerationRequest.Rendering rendering = request.rendering();
        Path templates = rendering.templateDirectory();
        GenerationFingerprint fingerprint = plugin(new GenerationFingerprint(), request)
                .add(
                        "outputDirectory",
                        rendering.outputDirectory().toAbsolutePath().toString())
                .add("formats", formats.toString())
                .add("markdownHeadingLevel", String.valueOf(rendering.markdownHeadingLevel()))
                .add(
                        "templateDirectory",
                        templates == null ? null : templates.toAbsolutePath().toString())
                .addDirectory("templateDirectory", templates)
                .add("declared references", declaredReferences.fingerprint());
        Path base = request.inputs().baseDirectory();
        for (Profile profile : result.profiles()) {
            fingerprint.addFile("descriptor " + profile.file(), base.resolve(profile.file()));
        }
        for (Finding finding : result.findings()) {
            // Spelled out: a record's generated toString costs a cold JVM about 25 ms to bootstrap.
            fingerprint.add(
                    "finding",
                    String.join(
                            "\u0000",
                            finding.rule(),
                            finding.severity().keyword(),
                            finding.citation(),
                            finding.profile(),
                            finding.file(),
                            Integer.toString(finding.line()),
                            Integer.toString(finding.column()),
                            finding.message(),
                            Boolean.toString(finding.suppressed()),
                            finding.justification()));
        }
        return fingerprint.inputs();
    }

    /** The plugin's version, its code's jar and the default templates' jar. */
    private static GenerationFingerprint plugin(GenerationFingerprint fingerprint, GenerationRequest request) {
        return fingerprint
                .add("plugin version", request.pluginVersion())
                .add("plugin code", CodeIdentity.PLUGIN)
                .add("template code", CodeIdentity.TEMPLATES);
    }

    /**
     * The jars of the plugin's code and of its default templates, named once per JVM (when first
     * asked for) instead of once per execution: they cannot change under the class loader that
     * loaded this class, since a rebuilt plugin gets a new class realm.
     */
    private static final class CodeIdentity {

        static final String PLUGIN = PluginCode.identity(InputFingerprints.class);
        static final String TEMPLATES = PluginCode.identity(InputFingerprints.class
                .getClassLoader()
                .getResource(TemplateEngine.DEFAULT_TEMPLATE_PATH + "/layout/xml2rfc/ipsec-profile.xml.ftlx"));
    }

    /** The findings files' places when the request gives them, so moving one is a change; empty for the defaults. */
    private static String findingsTargets(GenerationRequest request) {
        GenerationRequest.FindingsTargets targets = request.findingsFiles();
        if (targets.isDefault()) {
            return "";
        }
        return "\nfindingsJson=" + targets.json() + "\nfindingsSarif=" + targets.sarif();
    }
}
