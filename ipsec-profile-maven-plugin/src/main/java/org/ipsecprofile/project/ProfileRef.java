package org.ipsecprofile.project;

/** A profile that was read: its id and its descriptor's path relative to the project. */
public record ProfileRef(String id, String file) {}
