package io.payflow.platform.topology;

/** Where an environment sits in the hub-and-spoke estate. */
public enum Role {
  HUB,
  SPOKE
}
