package org.ipsecprofile.mojo;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.generation.Generation;
import org.ipsecprofile.generation.GenerationException;
import org.ipsecprofile.generation.GenerationRequest;
import org.ipsecprofile.generation.Goal;
import org.ipsecprofile.render.TemplateProblem;

/**
 * The parameters of the goals that check descriptors ({@code check}, {@code generate}), and the
 * one call to the core ({@link Generation}) both make: parameters in, a request; the core's log
 * lines on Maven's log; findings that reach {@code failOn} and failing templates as
 * {@code MojoFailureException}, settings and files the core cannot use as
 * {@code MojoExecutionException}.
 */
abstract class AbstractProfileMojo extends AbstractInputMojo {

    /**
     * The lowest finding severity that fails the build: {@code error}, {@code warning},
     * {@code info} or {@code none}. Suppressed findings never fail it.
     */
    @Parameter(property = "ipsec-profile.failOn", defaultValue = "error")
    private String failOn;

    /**
     * The directory the paths in {@code findings.sarif} are relative to. Code-scanning services
     * such as GitHub's place alerts by their path from the repository's root, so by default it is
     * the nearest directory at or above the project that holds {@code .git}, or the project's own
     * folder outside a Git repository. Set it when the SARIF file is uploaded from elsewhere.
     * {@code findings.json} and the log always give paths relative to the project.
     */
    @Parameter(property = "ipsec-profile.sarifRootDirectory")
    private File sarifRootDirectory;

    /** The project's base directory; reported paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /**
     * The build directory; {@code findings.json} and {@code findings.sarif} go to its
     * {@code ipsec-profile} folder.
     */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /**
     * Where the generated fragments go, in subfolders {@code xml2rfc}, {@code markdown} and
     * {@code text}. xml2rfc includes local files only at or below the draft's folder, so keep
     * it below the project when the draft includes the XML. Outside the build directory (e.g.
     * <code>${project.basedir}/generated</code>) the fragments are committed, and {@code check}
     * reports each one that is missing or out of date ({@code stale-fragment}).
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/ipsec-profile", required = true)
    private File outputDirectory;

    /** The formats to write: any of {@code xml2rfc}, {@code markdown}, {@code text}. */
    @Parameter(property = "ipsec-profile.formats", defaultValue = "xml2rfc,markdown,text")
    private List<String> formats;

    /**
     * A directory of the project's own templates. A file there with the relative path of a
     * default template (e.g. {@code wording/security/threat-denial-of-service.ftlx} for one
     * sentence, {@code layout/xml2rfc/blocks.ftlx} for the XML layout) replaces that template;
     * every other template still comes from the defaults.
     */
    @Parameter
    private File templateDirectory;

    /** The heading level of the generated Markdown sections: 1 writes {@code #}, 2 {@code ##}, and so on. */
    @Parameter(defaultValue = "1")
    private int markdownHeadingLevel;

    /** The plugin's version, for {@code findings.sarif}'s {@code tool.driver.version}. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** Runs {@code goal} on the project, unless skipped. */
    protected void run(Goal goal, GenerationRequest.Inlining inlining)
            throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("IPsec profile: skipped (ipsec-profile.skip is true).");
            return;
        }
        GenerationRequest request = new GenerationRequest(
                goal,
                inputs(baseDirectory.toPath()),
                buildDirectory.toPath(),
                failOn,
                path(sarifRootDirectory),
                new GenerationRequest.Rendering(
                        path(outputDirectory), formats, path(templateDirectory), markdownHeadingLevel),
                inlining,
                pluginVersion);
        String failure;
        try {
            failure = Generation.run(request, new MavenBuildLog(getLog()))
                    .failure()
                    .orElse(null);
        } catch (GenerationException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (TemplateProblem e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        if (failure != null) {
            throw new MojoFailureException(failure);
        }
    }
}
