package io.payflow.platform.policies;

/** One element of a plan's {@code resource_changes}, as {@code terraform show -json} writes it. */
public final class PlanChanges {
  private PlanChanges() {}

  /** A managed resource created with the values {@code after}, {@code unknown} known at apply. */
  public static String change(String address, String type, String after, String unknown) {
    return "{\"address\": \""
        + address
        + "\", \"mode\": \"managed\", \"type\": \""
        + type
        + "\", \"change\": {\"actions\": [\"create\"], \"after\": "
        + after
        + ", \"after_unknown\": "
        + unknown
        + "}}";
  }
}
