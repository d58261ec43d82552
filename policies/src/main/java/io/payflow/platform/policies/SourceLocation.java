package io.payflow.platform.policies;

/**
 * Where a finding stands: the file (for a directory input, the file inside it), 1-based line and
 * column.
 */
public record SourceLocation(String file, int line, int column) {}
