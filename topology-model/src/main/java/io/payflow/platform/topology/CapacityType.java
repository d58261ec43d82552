package io.payflow.platform.topology;

/** How EKS node group instances are bought. */
public enum CapacityType {
  ON_DEMAND,
  SPOT
}
