package org.ipsecprofile.model;

/** Item g ({@code authorization.policy}); null when absent. */
public record Authorization(String policy) {

    public static Authorization absent() {
        return new Authorization(null);
    }
}
