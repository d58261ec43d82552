package io.payflow.platform.topology;

import java.util.List;

/**
 * The VPC endpoints of a VPC. Gateway endpoints (S3, DynamoDB) are free; interface endpoints are
 * billed per AZ they are placed in, so {@code azs} (default: every AZ of the environment) matters.
 */
public record VpcEndpoints(
    List<String> gatewayServices, List<String> interfaceServices, List<AvailabilityZone> azs) {
  public VpcEndpoints {
    gatewayServices = Lists.copy(gatewayServices);
    interfaceServices = Lists.copy(interfaceServices);
    azs = Lists.copy(azs);
  }

  public static VpcEndpoints none() {
    return new VpcEndpoints(List.of(), List.of(), List.of());
  }
}
