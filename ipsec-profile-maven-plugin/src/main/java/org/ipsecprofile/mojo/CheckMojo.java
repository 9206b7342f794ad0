package org.ipsecprofile.mojo;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.output.CommittedFragments;
import org.ipsecprofile.project.CheckResult;

/**
 * Checks the project's IPsec profile descriptors against RFC 5406 (BCP 146): logs one line per
 * finding with file, line, column, rule id and RFC 5406 section, writes
 * {@code target/ipsec-profile/findings.json} and {@code findings.sarif} (SARIF 2.1.0), and fails
 * the build when a finding reaches {@code failOn}. When {@code outputDirectory} lies outside the
 * build directory, the generated fragments are committed, and each one that is missing or
 * differs from what {@code generate} would write now is a {@code stale-fragment} error.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractProfileMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (isSkipped()) {
            return;
        }
        startTiming();
        try {
            checkProject();
        } finally {
            logTimes();
        }
    }

    /**
     * Compares the committed fragments with what {@code generate} would write now. Not while the
     * descriptors have findings that fail the build: {@code generate} would write nothing then,
     * so those findings come first.
     */
    @Override
    protected CheckResult addProjectFindings(CheckResult result, FailOn threshold)
            throws MojoExecutionException, MojoFailureException {
        if (!fragmentsAreCommitted()) {
            return result;
        }
        if (!result.failing(threshold).isEmpty()) {
            getLog().info("IPsec profile: committed fragments in " + outputDirectory() + " not compared: generate"
                    + " writes nothing until the findings below are fixed.");
            return result;
        }
        List<Finding> stale;
        try {
            stale = CommittedFragments.compare(baseDirectory(), outputDirectory(), renderFragments(result));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the committed fragments in " + outputDirectory() + ": " + e.getMessage(), e);
        }
        return result.withFindings(stale);
    }
}
