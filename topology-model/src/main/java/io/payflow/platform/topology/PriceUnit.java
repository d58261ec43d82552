package io.payflow.platform.topology;

/** How a catalog price is billed. */
public enum PriceUnit {
  /** Per hour the resource runs; multiplied by the environment's hours per month. */
  HOUR,
  /** Per month the resource exists, whatever its hours. */
  MONTH,
  /** Per GB stored per month. */
  GB_MONTH
}
