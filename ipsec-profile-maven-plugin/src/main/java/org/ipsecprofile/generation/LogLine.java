package org.ipsecprofile.generation;

/** One line an execution logged, with its level. */
public record LogLine(BuildLog.Level level, String text) {}
