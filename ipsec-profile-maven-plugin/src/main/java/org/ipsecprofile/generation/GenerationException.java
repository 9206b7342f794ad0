package org.ipsecprofile.generation;

/**
 * A problem that stops a goal before it can give a result: a configuration value the core cannot
 * use, or a file that cannot be read or written. The message names the setting or file and what
 * to do; Maven reports it as a {@code MojoExecutionException}, the command line exits with 2.
 * (Findings that fail the build are not exceptions: they are in the result.)
 */
public final class GenerationException extends Exception {

    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
        super(message);
    }

    GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
