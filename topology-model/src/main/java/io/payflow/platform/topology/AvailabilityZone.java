package io.payflow.platform.topology;

import java.util.regex.Pattern;

/** An AWS availability zone name such as {@code us-east-1a}: its region plus one letter. */
public record AvailabilityZone(String name) implements Comparable<AvailabilityZone> {
  private static final Pattern FORM = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d+[a-z]");

  public AvailabilityZone {
    if (name == null || !FORM.matcher(name).matches()) {
      throw new InvalidValueException(
          "availability_zone",
          "'"
              + name
              + "' is not an availability zone (expected a region and a letter, e.g. us-east-1a)");
    }
  }

  public static AvailabilityZone of(String name) {
    return new AvailabilityZone(name);
  }

  /** The region this zone belongs to: {@code us-east-1a} is in {@code us-east-1}. */
  public String region() {
    return name.substring(0, name.length() - 1);
  }

  @Override
  public int compareTo(AvailabilityZone other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }

  // Written out: a record's generated equals and hashCode are linked at their first call through
  // invokedynamic, which on Java 17 (no AOT cache) spun method handles for 11 ms of the pre-commit
  // path, the first time a subnet's zone was looked up in its environment's list.
  @Override
  public boolean equals(Object other) {
    return other instanceof AvailabilityZone zone && name.equals(zone.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
