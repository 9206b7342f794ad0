package org.ipsecprofile.model;

/** {@code authentication.certificates.*}. Fields are null when absent. */
public record Certificates(CertificateIssuance issuance, String identityBinding) {

    public static Certificates absent() {
        return new Certificates(null, null);
    }
}
