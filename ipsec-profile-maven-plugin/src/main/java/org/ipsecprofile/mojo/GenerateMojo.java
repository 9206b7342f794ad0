package org.ipsecprofile.mojo;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.generation.GenerationRequest;
import org.ipsecprofile.generation.Goal;

/**
 * Checks the descriptors as {@code check} does (failing first when {@code failOn} says so),
 * then renders the IPsec profile sections, the Security Considerations section and the
 * references as xml2rfc v3 XML, kramdown-rfc Markdown and RFC-style text, for the draft to
 * include. Files whose content is unchanged are not rewritten. With {@code inlineDrafts}, also
 * writes a copy of each xml2rfc draft with its includes of generated fragments inlined.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractProfileMojo {

    /**
     * Also writes a self-contained copy of each xml2rfc draft (the {@code .xml} files among the
     * drafts {@code draftDirectory}, {@code draftIncludes} and {@code draftExcludes} select) to
     * {@code inlinedDraftDirectory}, with every {@code xi:include} of a generated fragment replaced
     * by the fragment itself, for tools that cannot follow XInclude. The rest of the draft is
     * copied byte for byte; other includes are left as they are.
     */
    @Parameter(property = "ipsec-profile.inlineDrafts", defaultValue = "false")
    private boolean inlineDrafts;

    /** With {@code inlineDrafts}: where the inlined copies go, under the draft's own file name. */
    @Parameter(defaultValue = "${project.build.directory}/ipsec-profile/inlined", required = true)
    private File inlinedDraftDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run(Goal.GENERATE, new GenerationRequest.Inlining(inlineDrafts, path(inlinedDraftDirectory)));
    }
}
