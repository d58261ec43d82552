package io.payflow.platform.topology;

import java.util.List;

/**
 * An EKS cluster. The endpoint flags are required rather than defaulted: AWS defaults public access
 * to on, and a topology should say what it means.
 */
public record EksCluster(
    String name,
    String version,
    Boolean endpointPublicAccess,
    Boolean endpointPrivateAccess,
    List<Cidr> publicAccessCidrs,
    Boolean secretsEncryption,
    List<NodeGroup> nodeGroups) {
  public EksCluster {
    InvalidValueException.requiredText(name, "name");
    // Unset, a cluster gets the catalog's default: a version in standard support at its date.
    version = version == null ? SupportCatalog.bundled().eksDefault() : version;
    InvalidValueException.requiredText(version, "version");
    InvalidValueException.required(endpointPublicAccess, "endpoint_public_access");
    InvalidValueException.required(endpointPrivateAccess, "endpoint_private_access");
    publicAccessCidrs = Lists.copy(publicAccessCidrs);
    secretsEncryption = secretsEncryption != null && secretsEncryption;
    nodeGroups = Lists.copy(nodeGroups);
  }
}
