package io.payflow.platform.topology;

import java.util.List;

/**
 * An EKS managed node group. {@code availabilityZones} narrows the group to some of the
 * environment's zones; empty means all of them.
 */
public record NodeGroup(
    String name,
    String instanceType,
    int desiredSize,
    int minSize,
    int maxSize,
    CapacityType capacityType,
    List<AvailabilityZone> availabilityZones) {
  public NodeGroup {
    InvalidValueException.requiredText(name, "name");
    InvalidValueException.requiredText(instanceType, "instance_type");
    InvalidValueException.atLeast(minSize, 0, "min_size");
    InvalidValueException.atLeast(maxSize, 1, "max_size");
    if (desiredSize < minSize || desiredSize > maxSize) {
      throw new InvalidValueException(
          "desired_size",
          desiredSize + " is outside min_size..max_size (" + minSize + ".." + maxSize + ")");
    }
    InvalidValueException.required(capacityType, "capacity_type");
    availabilityZones = Lists.copy(availabilityZones);
  }
}
