package org.ipsecprofile.mojo;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.generation.GenerationRequest;

/**
 * The parameters naming what every goal reads, declared once so that {@code check},
 * {@code generate} and {@code report} read the same descriptors and drafts with the same rule
 * settings when they are configured on the plugin.
 */
abstract class AbstractInputMojo extends AbstractMojo {

    /** Skips the goal; for {@code report}, the site then has no compliance page. */
    @Parameter(property = "ipsec-profile.skip", defaultValue = "false")
    protected boolean skip;

    /** The directory holding the profile descriptors (schema {@code ipsec-profile/1}). */
    @Parameter(defaultValue = "${project.basedir}/src/main/ipsec", required = true)
    protected File descriptorDirectory;

    /**
     * Patterns, relative to {@code descriptorDirectory}, of the descriptor files to read.
     * Default: {@code **}{@code /*.yaml} and {@code **}{@code /*.yml}.
     */
    @Parameter
    protected List<String> includes;

    /** Patterns, relative to {@code descriptorDirectory}, of files to leave out. */
    @Parameter
    protected List<String> excludes;

    /**
     * Per-rule severity overrides for guidance rules, by rule id: {@code error}, {@code warning},
     * {@code info}, or {@code off} to not run the rule. The nine required-item rules cannot be
     * changed. Example: {@code <ruleSeverities><nat-traversal>error</nat-traversal></ruleSeverities>}.
     */
    @Parameter
    protected Map<String, String> ruleSeverities;

    /**
     * The directory holding the drafts that the draft scan reads for IPsec mandates no profile
     * backs (rule {@code just-use-ipsec}).
     */
    @Parameter(defaultValue = "${project.basedir}", required = true)
    protected File draftDirectory;

    /**
     * Patterns, relative to {@code draftDirectory}, of the drafts to scan. Default:
     * {@code draft-*.xml}, {@code draft-*.md}, {@code draft-*.txt} and {@code draft-*.mkd}.
     */
    @Parameter
    protected List<String> draftIncludes;

    /** Patterns, relative to {@code draftDirectory}, of drafts to leave out of the scan. */
    @Parameter
    protected List<String> draftExcludes;

    /** The character encoding of the drafts; UTF-8 when neither this nor the project's source encoding is set. */
    @Parameter(defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /** These parameters as the core reads them, for the project in {@code baseDirectory}. */
    protected GenerationRequest.Inputs inputs(Path baseDirectory) {
        return new GenerationRequest.Inputs(
                baseDirectory,
                descriptorDirectory.toPath(),
                includes,
                excludes,
                ruleSeverities,
                draftDirectory.toPath(),
                draftIncludes,
                draftExcludes,
                encoding);
    }

    /** {@code file} as a path; null stays null. */
    protected static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
