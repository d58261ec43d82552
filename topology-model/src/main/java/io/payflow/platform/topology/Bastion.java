package io.payflow.platform.topology;

import java.util.List;

/** The single SSH entry point of the estate; {@code adminCidrs} may reach it on port 22. */
public record Bastion(String instanceType, List<Cidr> adminCidrs) {
  public Bastion {
    InvalidValueException.requiredText(instanceType, "instance_type");
    adminCidrs = Lists.copy(adminCidrs);
  }
}
