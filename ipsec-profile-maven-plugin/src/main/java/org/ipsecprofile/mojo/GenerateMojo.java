package org.ipsecprofile.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.output.WriteSummary;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.refs.ReferenceLibrary;

/**
 * Checks the descriptors as {@code check} does (failing first when {@code failOn} says so),
 * then renders the IPsec profile sections, the Security Considerations section and the
 * references as xml2rfc v3 XML, kramdown-rfc Markdown and RFC-style text, for the draft to
 * include. Files whose content is unchanged are not rewritten.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractProfileMojo {

    /**
     * Where the generated fragments go, in subfolders {@code xml2rfc}, {@code markdown} and
     * {@code text}. xml2rfc includes local files only at or below the draft's folder, so keep
     * it below the project when the draft includes the XML.
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/ipsec-profile", required = true)
    private File outputDirectory;

    /** The formats to write: any of {@code xml2rfc}, {@code markdown}, {@code text}. */
    @Parameter(property = "ipsec-profile.formats", defaultValue = "xml2rfc,markdown,text")
    private List<String> formats;

    /**
     * A directory of the project's own templates. A file there with the relative path of a
     * default template (e.g. {@code xml2rfc/ipsec-profile.xml.ftlx}) replaces that template;
     * every other template still comes from the defaults.
     */
    @Parameter
    private File templateDirectory;

    /** The heading level of the generated Markdown sections: 1 writes {@code #}, 2 {@code ##}, and so on. */
    @Parameter(defaultValue = "1")
    private int markdownHeadingLevel;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (isSkipped()) {
            return;
        }
        Set<Format> selected = selectedFormats();
        if (markdownHeadingLevel < 1 || markdownHeadingLevel > 6) {
            throw new MojoExecutionException("markdownHeadingLevel " + markdownHeadingLevel
                    + " is not valid: write a number from 1 to 6 in <markdownHeadingLevel>");
        }
        CheckResult result = checkProject();
        if (result.profiles().isEmpty()) {
            return;
        }
        Path output = outputDirectory.toPath();
        try {
            TemplateEngine engine = new TemplateEngine(templateDirectory == null ? null : templateDirectory.toPath());
            FragmentRenderer renderer = new FragmentRenderer(engine, ReferenceLibrary.standard());
            var files = renderer.render(new RenderRequest(result.profiles(), result.findings(), selected,
                    markdownHeadingLevel));
            WriteSummary summary = OutputFile.writeAll(output, files);
            getLog().info("IPsec profile: " + summary.written() + " file(s) written, " + summary.unchanged()
                    + " unchanged, in " + output);
        } catch (TemplateProblem e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the generated fragments to " + output + ": "
                    + e.getMessage(), e);
        }
    }

    private Set<Format> selectedFormats() throws MojoExecutionException {
        Set<Format> selected = EnumSet.noneOf(Format.class);
        for (String name : formats == null ? List.<String>of() : formats) {
            for (String part : name.split(",")) {
                String keyword = part.trim();
                if (keyword.isEmpty()) {
                    continue;
                }
                selected.add(Format.fromKeyword(keyword).orElseThrow(() -> new MojoExecutionException(
                        "formats: '" + keyword + "' is not a format: write xml2rfc, markdown or text in <formats>"
                                + " or -Dipsec-profile.formats")));
            }
        }
        if (selected.isEmpty()) {
            throw new MojoExecutionException("formats is empty: name at least one of xml2rfc, markdown, text");
        }
        return selected;
    }
}
