package org.ipsecprofile.mojo;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.ipsecprofile.generation.GenerationRequest;
import org.ipsecprofile.generation.Goal;

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
        run(Goal.CHECK, GenerationRequest.Inlining.OFF);
    }
}
