/**
 * The command line of SPEC §8 ({@code java -jar ipsec-profile-maven-plugin-<version>-cli.jar}):
 * {@code check}, {@code generate}, {@code init} and {@code rules} for draft repositories that
 * are not Maven projects. The commands are thin adapters, like the mojos: options in, the same
 * {@link org.ipsecprofile.generation.GenerationRequest} the goals build with the goals' defaults,
 * the core's log lines on standard error, an exit status out (0 passed, 1 findings at or above
 * {@code --fail-on}, 2 bad usage or configuration). Nothing here touches Maven.
 */
package org.ipsecprofile.cli;
