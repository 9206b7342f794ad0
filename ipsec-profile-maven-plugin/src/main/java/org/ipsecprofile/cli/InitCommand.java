package org.ipsecprofile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ipsecprofile.init.StarterDescriptor;
import org.ipsecprofile.init.StarterFile;
import org.ipsecprofile.project.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ipsec-profile init --id ID --protocol NAME [DIR]}: what {@code mvn ipsec-profile:init} does. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = PluginVersion.class,
        description = {
            "Writes a starter descriptor, DESCRIPTORS/ID.yaml, with every key of RFC 5406 Section 8 items a to i"
                    + " present and empty under a comment that explains it, so check names every item still open."
                    + " Never overwrites a file."
        })
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            description = "The draft repository (default: the current folder).")
    Path directory;

    @Option(
            names = "--id",
            required = true,
            paramLabel = "ID",
            description = "The id of the new profile, a lower-case name such as bgp: names the file, its anchors"
                    + " and output files.")
    String id;

    @Option(
            names = "--protocol",
            required = true,
            paramLabel = "NAME",
            description = "The name of the protocol the profile is for, e.g. BGP-4.")
    String protocol;

    @Option(
            names = "--ipsec-version",
            paramLabel = "VERSION",
            description = "The ipsec.version written in the starter: 3 (RFC 4301, RFC 4303, IKEv2) or 2 (RFC 2401,"
                    + " RFC 2406, IKEv1) (default: 3).")
    int ipsecVersion = StarterDescriptor.DEFAULT_IPSEC_VERSION;

    @Option(
            names = "--descriptors",
            paramLabel = "DIR",
            description = "The folder the descriptor is written to, the one check reads (default: DIR/src/main/ipsec).")
    Path descriptors;

    @Override
    public Integer call() {
        Path base =
                (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
        Path folder = descriptors == null
                ? base.resolve("src/main/ipsec")
                : descriptors.toAbsolutePath().normalize();
        String shown = SourceFiles.shown(base, StarterFile.of(folder, id));
        PrintWriter err = spec.commandLine().getErr();
        try {
            StarterFile.write(folder, id, protocol, ipsecVersion);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(), "Invalid value for option '" + option(e) + "': " + e.getMessage());
        } catch (FileAlreadyExistsException e) {
            err.println("ipsec-profile init: " + shown
                    + " already exists; init never overwrites a descriptor. Edit it, or choose another --id.");
            err.flush();
            return ExitStatus.USAGE;
        } catch (IOException e) {
            err.println("ipsec-profile init: cannot write " + shown + ": " + e.getMessage());
            err.flush();
            return ExitStatus.USAGE;
        }
        err.println("IPsec profile: wrote " + shown + ". Answer the items a to i it lists, then run"
                + " ipsec-profile check: it names every item still open.");
        err.flush();
        return ExitStatus.PASSED;
    }

    /** The option a starter's complaint is about: the id, the protocol name or the version. */
    private String option(IllegalArgumentException problem) {
        String message = problem.getMessage();
        if (message.contains("protocol")) {
            return "--protocol";
        }
        if (message.contains("version") && (ipsecVersion != 2 && ipsecVersion != 3)) {
            return "--ipsec-version";
        }
        return "--id";
    }
}
