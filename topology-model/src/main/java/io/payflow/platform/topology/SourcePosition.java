package io.payflow.platform.topology;

/** A 1-based line and column in an input file. */
public record SourcePosition(int line, int column) {}
