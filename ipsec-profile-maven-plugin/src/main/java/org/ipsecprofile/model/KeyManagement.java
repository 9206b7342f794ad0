package org.ipsecprofile.model;

/** Item c ({@code keyManagement.*}). Fields are null when absent. */
public record KeyManagement(KeyManagementMethod method, Boolean kerberosInfrastructure, String notes) {

    public static KeyManagement absent() {
        return new KeyManagement(null, null, null);
    }
}
