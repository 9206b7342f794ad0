package org.ipsecprofile.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one execution of a goal reads, as the goal's parameters (or the command line's
 * options) give it: values are as configured, not yet checked, so that {@link Generation} reports
 * a bad one the same way for every caller. Null lists and maps mean the defaults.
 *
 * @param goal               what to do
 * @param inputs             the descriptors and drafts to read, and the rule settings
 * @param buildDirectory     the build directory; findings and up-to-date records go to its {@code ipsec-profile} folder
 * @param failOn             the lowest severity that fails the build ({@code error} when null)
 * @param sarifRootDirectory the directory {@code findings.sarif}'s paths start at; null for the Git repository's root
 * @param rendering          what {@code generate} writes, and how
 * @param inlining           whether {@code generate} also writes drafts with the fragments inlined
 * @param pluginVersion      the plugin's version, for {@code findings.sarif} and the up-to-date records
 * @param findingsFiles      where {@code findings.json} and {@code findings.sarif} go
 */
public record GenerationRequest(
        Goal goal,
        Inputs inputs,
        Path buildDirectory,
        String failOn,
        Path sarifRootDirectory,
        Rendering rendering,
        Inlining inlining,
        String pluginVersion,
        FindingsTargets findingsFiles) {

    public GenerationRequest {
        findingsFiles = findingsFiles == null ? FindingsTargets.DEFAULT : findingsFiles;
    }

    /** A request whose findings files go to the build directory's {@code ipsec-profile} folder, as the goals write them. */
    public GenerationRequest(
            Goal goal,
            Inputs inputs,
            Path buildDirectory,
            String failOn,
            Path sarifRootDirectory,
            Rendering rendering,
            Inlining inlining,
            String pluginVersion) {
        this(
                goal,
                inputs,
                buildDirectory,
                failOn,
                sarifRootDirectory,
                rendering,
                inlining,
                pluginVersion,
                FindingsTargets.DEFAULT);
    }

    /**
     * Where the findings files go, each one given apart (the command line's {@code --json} and
     * {@code --sarif}); a null path means the default, the build directory's {@code ipsec-profile}
     * folder. The up-to-date records stay there either way.
     *
     * @param json  the file {@code findings.json} is written to, or null
     * @param sarif the file {@code findings.sarif} is written to, or null
     */
    public record FindingsTargets(Path json, Path sarif) {

        /** Both files in the build directory's {@code ipsec-profile} folder. */
        public static final FindingsTargets DEFAULT = new FindingsTargets(null, null);

        /**
         * Whether both files are where {@link #DEFAULT} puts them. Spelled out rather than
         * {@code equals(DEFAULT)}: a record's generated {@code equals} costs a cold JVM about 10 ms
         * to bootstrap, a third of an unchanged {@code generate}.
         */
        public boolean isDefault() {
            return json == null && sarif == null;
        }
    }

    /**
     * What a project holds for the plugin to read, and how to judge it.
     *
     * @param baseDirectory       the project's folder; reported paths are relative to it
     * @param descriptorDirectory the folder of the profile descriptors
     * @param includes            patterns of the descriptors to read, relative to {@code descriptorDirectory}
     * @param excludes            patterns of files to leave out
     * @param ruleSeverities      per-rule severities by rule id ({@code error}, {@code warning}, {@code info}, {@code off})
     * @param draftDirectory      the folder of the drafts the draft scan reads
     * @param draftIncludes       patterns of the drafts, relative to {@code draftDirectory}
     * @param draftExcludes       patterns of drafts to leave out
     * @param encoding            the drafts' character set; UTF-8 when null or blank
     */
    public record Inputs(
            Path baseDirectory,
            Path descriptorDirectory,
            List<String> includes,
            List<String> excludes,
            Map<String, String> ruleSeverities,
            Path draftDirectory,
            List<String> draftIncludes,
            List<String> draftExcludes,
            String encoding) {}

    /**
     * What {@code generate} writes (and {@code check} compares committed fragments with).
     *
     * @param outputDirectory      where the fragments go; outside the build directory they are committed
     * @param formats              format keywords ({@code xml2rfc}, {@code markdown}, {@code text}), each possibly a comma-separated list
     * @param templateDirectory    the project's template overrides; null for none
     * @param markdownHeadingLevel the level of the generated Markdown headings, 1 to 6
     */
    public record Rendering(
            Path outputDirectory, List<String> formats, Path templateDirectory, int markdownHeadingLevel) {}

    /**
     * Whether {@code generate} writes a copy of each xml2rfc draft with the generated fragments inlined, and where.
     *
     * @param enabled   true to write the copies
     * @param directory the folder the copies go to, under each draft's own name
     */
    public record Inlining(boolean enabled, Path directory) {

        /** No inlined copies. */
        public static final Inlining OFF = new Inlining(false, null);
    }

    /** The request of the report goal: it reads the project's inputs and nothing else. */
    public static GenerationRequest report(Inputs inputs) {
        return new GenerationRequest(Goal.REPORT, inputs, null, null, null, null, Inlining.OFF, null);
    }
}
