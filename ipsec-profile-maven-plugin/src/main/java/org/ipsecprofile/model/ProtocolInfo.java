package org.ipsecprofile.model;

/** The protocol being specified ({@code protocol.*}). {@code reference} may be null. */
public record ProtocolInfo(String name, String reference) {}
