package io.payflow.platform.topology;

/** What an environment is for; production tiers get the high-availability rules. */
public enum Tier {
  SHARED,
  PRODUCTION,
  STAGING,
  DEVELOPMENT
}
