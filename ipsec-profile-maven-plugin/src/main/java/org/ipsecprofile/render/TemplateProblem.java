package org.ipsecprofile.render;

/**
 * A template that cannot be loaded or fails while rendering. The message names the template
 * (and whether it is the project's override or the default), its line and column, and what
 * went wrong.
 */
public class TemplateProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
