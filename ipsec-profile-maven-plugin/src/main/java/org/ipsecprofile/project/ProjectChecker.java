package org.ipsecprofile.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.parse.ParsedDescriptor;

/**
 * Checks every descriptor of a project: finds the files, parses each, refuses ids used twice,
 * and runs the rule catalogue over the profiles that parsed.
 */
public final class ProjectChecker {

    private final DescriptorParser parser = new DescriptorParser();

    public CheckResult check(CheckRequest request) throws IOException {
        return check(request, new PhaseTimes());
    }

    /**
     * Checks as {@link #check(CheckRequest)} does, adding the time spent to {@code times}: finding
     * and parsing the files to {@code parse}, the rules and the id check to {@code check}.
     */
    public CheckResult check(CheckRequest request, PhaseTimes times) throws IOException {
        long start = System.nanoTime();
        List<Path> files = SourceFiles.find(request.descriptorDirectory(), request.includes(), request.excludes());
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        List<ParsedDescriptor> parsedFiles = new ArrayList<>(files.size());
        for (Path file : files) {
            String displayPath =
                    SourceFiles.slashed(base.relativize(file.toAbsolutePath().normalize()));
            if (SourceFiles.linksOutside(file, request.descriptorDirectory())) {
                // Not read at all: its content could reach the log through a finding's message.
                parsedFiles.add(new ParsedDescriptor(
                        null,
                        List.of(new Finding(
                                DescriptorParser.RULE,
                                Severity.ERROR,
                                List.of(),
                                null,
                                displayPath,
                                1,
                                1,
                                "the file is a symbolic link to a file outside the descriptor"
                                        + " directory and is not read; copy the descriptor into the project instead of"
                                        + " linking to it",
                                false,
                                null))));
                continue;
            }
            parsedFiles.add(parser.parse(file, displayPath));
        }
        times.since("parse", start);

        start = System.nanoTime();
        ProfileChecker checker = new ProfileChecker(request.ruleSettings());
        List<Profile> profiles = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, Profile> byId = new HashMap<>();
        for (ParsedDescriptor parsed : parsedFiles) {
            findings.addAll(parsed.problems());
            Profile profile = parsed.profile();
            if (profile == null) {
                continue;
            }
            Profile earlier = byId.putIfAbsent(profile.id(), profile);
            if (earlier != null) {
                findings.add(duplicateId(profile, earlier));
                continue;
            }
            profiles.add(profile);
            findings.addAll(checker.check(profile));
        }
        CheckResult result = new CheckResult(files.size(), profiles, findings);
        times.since("check", start);
        return result;
    }

    private static Finding duplicateId(Profile profile, Profile earlier) {
        Position at = profile.positions().positionOf("id");
        return new Finding(
                DescriptorParser.RULE,
                Severity.ERROR,
                List.of(),
                profile.id(),
                profile.file(),
                at.line(),
                at.column(),
                "id '" + profile.id() + "' is already used by " + earlier.file()
                        + ": ids name anchors and output files, so each profile of a project needs its own",
                false,
                null);
    }
}
