package org.ipsecprofile.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.init.StarterDescriptor;
import org.ipsecprofile.init.StarterFile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.project.SourceFiles;

/**
 * Writes a starter descriptor, {@code <descriptorDirectory>/<id>.yaml}, for a new profile:
 * {@code mvn ipsec-profile:init -Did=foo -Dprotocol="Foo"}. Every key of RFC 5406 Section 8
 * items a–i is present and empty, under a comment that explains it and lists its values, so
 * {@code check} reports each open item until it is answered. Never overwrites a file.
 */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The id of the new profile: names the file ({@code <id>.yaml}), its anchors and output files. */
    @Parameter(property = "id")
    private String id;

    /** The name of the protocol the profile is for, e.g. {@code BGP-4}. */
    @Parameter(property = "protocol")
    private String protocol;

    /**
     * The {@code ipsec.version} written in the starter: 3 (RFC 4301, RFC 4303, IKEv2) or 2
     * (RFC 2401, RFC 2406, IKEv1, the suite RFC 5406 itself discusses).
     */
    @Parameter(property = "ipsec-profile.ipsecVersion", defaultValue = "3")
    private int ipsecVersion = StarterDescriptor.DEFAULT_IPSEC_VERSION;

    /** The directory the descriptor is written to, the one {@code check} reads. */
    @Parameter(defaultValue = "${project.basedir}/src/main/ipsec", required = true)
    private File descriptorDirectory;

    /** The project's base directory; the log names the new file relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (id == null || id.isBlank()) {
            throw new MojoExecutionException("init needs the id of the new profile: add -Did=<id>, a lower-case"
                    + " name such as bgp, e.g. mvn ipsec-profile:init -Did=bgp -Dprotocol=BGP-4");
        }
        String problem = DescriptorParser.idProblem(id).orElse(null);
        if (problem != null) {
            throw new MojoExecutionException("-Did=" + id + ": " + problem);
        }
        if (protocol == null || protocol.isBlank()) {
            throw new MojoExecutionException("init needs the name of the protocol the profile is for: add"
                    + " -Dprotocol=<name>, e.g. mvn ipsec-profile:init -Did=" + id + " -Dprotocol=BGP-4");
        }
        Path file = StarterFile.of(descriptorDirectory.toPath(), id);
        String shown = SourceFiles.shown(baseDirectory.toPath(), file);
        try {
            StarterFile.write(descriptorDirectory.toPath(), id, protocol, ipsecVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException(
                    shown + " already exists; init never overwrites a descriptor. Edit it,"
                            + " or choose another id (-Did=...).",
                    e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("IPsec profile: wrote " + shown + ". Answer the items a to i it lists, then run"
                + " mvn ipsec-profile:check: it names every item still open.");
    }
}
