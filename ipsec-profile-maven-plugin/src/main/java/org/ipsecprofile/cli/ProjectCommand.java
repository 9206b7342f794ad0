package org.ipsecprofile.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ipsecprofile.check.ConfigurationException;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.generation.Generation;
import org.ipsecprofile.generation.GenerationException;
import org.ipsecprofile.generation.GenerationRequest;
import org.ipsecprofile.generation.GenerationResult;
import org.ipsecprofile.generation.Goal;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.TemplateProblem;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code check} and {@code generate}, which mirror the goals' parameters with the
 * goals' defaults, and the one call to the core both make. Relative paths in options are
 * relative to the current folder, as usual for a command; the defaults are inside {@code DIR}.
 */
abstract class ProjectCommand implements Callable<Integer> {

    /** The build directory's name inside {@code DIR}, as Maven's {@code ${project.build.directory}} is. */
    static final String BUILD_DIRECTORY = "target";

    @Spec
    CommandSpec spec;

    @ParentCommand
    IpsecProfileCommand parent;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            description = "The draft repository (default: the current folder). Reported paths are relative to it.")
    Path directory;

    @Option(
            names = "--descriptors",
            paramLabel = "DIR",
            description = "The folder of the profile descriptors, *.yaml and *.yml at any depth"
                    + " (default: DIR/src/main/ipsec).")
    Path descriptors;

    @Option(
            names = "--drafts",
            paramLabel = "DIR",
            description = "The folder of the drafts the draft scan reads, draft-*.xml, draft-*.md, draft-*.txt and"
                    + " draft-*.mkd (default: DIR).")
    Path drafts;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Where generate writes the fragments, in xml2rfc/, markdown/ and text/"
                    + " (default: DIR/target/generated-sources/ipsec-profile). Outside DIR/target the fragments"
                    + " are committed, and check reports each one that is missing or out of date"
                    + " (stale-fragment).")
    Path output;

    @Option(
            names = "--formats",
            split = ",",
            paramLabel = "FORMAT",
            converter = FormatKeyword.class,
            description = "The formats to write, comma-separated: xml2rfc, markdown, text (default: all three).")
    List<String> formats;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "A folder of template overrides: a file there with the relative path of a default"
                    + " template replaces it (default: none).")
    Path templates;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            converter = FailOnKeyword.class,
            description = "The lowest finding severity that fails: error, warning, info or none (default: error)."
                    + " Suppressed findings never fail.")
    String failOn;

    @Option(
            names = "--severity",
            paramLabel = "RULE=LEVEL",
            description = "Changes the severity of a guidance rule: error, warning, info, or off to not run it."
                    + " Repeat for several rules, e.g. --severity nat-traversal=error. The nine required"
                    + " items cannot be changed.")
    Map<String, String> severities;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Where to write findings.json (default: DIR/target/ipsec-profile/findings.json).")
    Path json;

    @Option(
            names = "--sarif",
            paramLabel = "FILE",
            description = "Where to write findings.sarif, SARIF 2.1.0 for code scanning, with paths from the Git"
                    + " repository's root (default: DIR/target/ipsec-profile/findings.sarif).")
    Path sarif;

    @Option(names = "--debug", description = "Also prints the debug lines, such as the time each phase took.")
    boolean debug;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;

    /** What this command asks the core to do. */
    abstract Goal goal();

    @Override
    public Integer call() {
        GenerationRequest request = request();
        PrintWriter err = spec.commandLine().getErr();
        GenerationResult result;
        try {
            result = Generation.run(request, new StandardErrorLog(err, parent.terminal(), debug));
        } catch (GenerationException | TemplateProblem e) {
            err.println("ipsec-profile " + goal().keyword() + ": " + e.getMessage());
            err.flush();
            return ExitStatus.USAGE;
        }
        if (result.failsTheBuild()) {
            err.println(result.failure().orElseThrow());
            err.flush();
            return ExitStatus.FINDINGS;
        }
        return ExitStatus.PASSED;
    }

    /** The request the goal would build with the same settings: options, or the goals' defaults. */
    GenerationRequest request() {
        Path base = absolute(directory == null ? Path.of("") : directory);
        if (!Files.isDirectory(base)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "DIR '" + directory + "' is not a folder: name the draft repository, or leave DIR out for the"
                            + " current folder");
        }
        Path buildDirectory = base.resolve(BUILD_DIRECTORY);
        return new GenerationRequest(
                goal(),
                new GenerationRequest.Inputs(
                        base,
                        descriptors == null ? base.resolve("src/main/ipsec") : absolute(descriptors),
                        null,
                        null,
                        ruleSeverities(),
                        drafts == null ? base : absolute(drafts),
                        null,
                        null,
                        null),
                buildDirectory,
                failOn == null ? FailOn.ERROR.keyword() : failOn,
                null,
                new GenerationRequest.Rendering(
                        output == null ? buildDirectory.resolve("generated-sources/ipsec-profile") : absolute(output),
                        formats == null ? allFormats() : List.copyOf(formats),
                        templates == null ? null : absolute(templates),
                        1),
                GenerationRequest.Inlining.OFF,
                PluginVersion.value(),
                new GenerationRequest.FindingsTargets(
                        json == null ? null : absolute(json), sarif == null ? null : absolute(sarif)));
    }

    /** The {@code --severity} settings, checked by the core's rules for {@code ruleSeverities}; null for none. */
    private Map<String, String> ruleSeverities() {
        if (severities == null || severities.isEmpty()) {
            return null;
        }
        Map<String, String> settings = new LinkedHashMap<>(severities);
        try {
            RuleSettings.from(settings, RuleSettings.Spelling.COMMAND_LINE);
        } catch (ConfigurationException e) {
            throw new ParameterException(
                    spec.commandLine(), "Invalid value for option '--severity': " + e.getMessage());
        }
        return settings;
    }

    private static List<String> allFormats() {
        List<String> all = new ArrayList<>();
        for (Format format : Format.values()) {
            all.add(format.keyword());
        }
        return all;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** A {@code --formats} keyword, as the core spells them. */
    static final class FormatKeyword implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String keyword = value.trim();
            if (Format.fromKeyword(keyword).isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not a format: write xml2rfc, markdown or text");
            }
            return keyword;
        }
    }

    /** A {@code --fail-on} keyword, as the core spells them. */
    static final class FailOnKeyword implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String keyword = value.trim();
            if (FailOn.fromKeyword(keyword).isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not a level: write error, warning, info or none");
            }
            return keyword;
        }
    }
}
