package org.ipsecprofile.model;

import java.util.List;

/**
 * Item f ({@code authentication.*}). {@code methods} is empty when absent;
 * {@code mandatoryToImplement} and {@code notes} are null when absent; {@code certificates} is
 * never null (its fields are).
 */
public record Authentication(
        List<AuthenticationMethod> methods,
        AuthenticationMethod mandatoryToImplement,
        Certificates certificates,
        String notes) {

    public Authentication {
        methods = List.copyOf(methods);
    }

    public static Authentication absent() {
        return new Authentication(List.of(), null, Certificates.absent(), null);
    }

    public boolean uses(AuthenticationMethod method) {
        return methods.contains(method);
    }
}
