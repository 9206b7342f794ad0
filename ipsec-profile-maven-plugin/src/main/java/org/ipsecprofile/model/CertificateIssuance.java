package org.ipsecprofile.model;

/** Who issues the certificates ({@code authentication.certificates.issuance}). */
public enum CertificateIssuance implements Keyword {
    LOCALLY_ISSUED("locally-issued"),
    EXISTING_PKI("existing-pki"),
    GLOBAL_PKI("global-pki");

    private final String keyword;

    CertificateIssuance(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
