package org.ipsecprofile.output;

/** How many files a write of generated outputs changed and how many it left as they were. */
public record WriteSummary(int written, int unchanged) {}
