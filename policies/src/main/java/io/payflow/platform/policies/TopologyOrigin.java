package io.payflow.platform.policies;

/**
 * The topology element a synthesized resource comes from, as its source tags say: the topology file
 * (relative to the repository root) and the element's path in it.
 */
public record TopologyOrigin(String topologyFile, String path) {}
