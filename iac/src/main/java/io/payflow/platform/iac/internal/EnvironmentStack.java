package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.StateBackend;
import io.payflow.platform.topology.Topology;
import java.util.List;
import software.constructs.Construct;

/** One environment: provider, its own state key in the shared backend, and its resources. */
final class EnvironmentStack extends TerraformStack {
  private final Network network;
  private final HubServices hubServices;

  EnvironmentStack(
      Construct scope,
      Topology topology,
      java.util.Optional<String> topologyFile,
      Environment env,
      EnvironmentStack hub) {
    super(scope, env.name());
    StateBackend backend = topology.stateBackend();
    AwsProvider.Builder.create(this, "aws")
        .region(env.region())
        .defaultTags(
            List.of(
                AwsProviderDefaultTags.builder().tags(Tags.provider(env, topologyFile)).build()))
        .build();
    S3Backend.Builder.create(this)
        .bucket(backend.bucket())
        .key(env.stateKey())
        .region(backend.region())
        .encrypt(backend.encrypt())
        .dynamodbTable(backend.lockTable())
        .kmsKeyId(backend.kmsKeyAlias())
        .build();
    network = new Network(this, env, Origin.of(topology, env.name()));
    hubServices =
        env.isHub()
            ? new HubServices(this, env, network, secretsReadByCredentials(topology))
            : null;
    // A spoke reaches the hub's bastion group only across its peering: without one, no reference.
    Peering peering =
        hub != null && env.peers().contains(hub.network.environment().name())
            ? new Peering(this, env, network, hub.network)
            : null;
    String organisation = topology.organisation().name();
    if (env.eks() != null) {
      if (env.isHub()) {
        new Cluster(this, env, network, hubServices.bastionSecurityGroupId(), null, organisation);
      } else if (peering != null) {
        new Cluster(
            this,
            env,
            network,
            hub.hubServices.bastionSecurityGroupId(),
            peering.connection(),
            organisation);
      } else {
        new Cluster(this, env, network, null, null, organisation);
      }
    }
    new DataServices(this, env, network);
  }

  Network network() {
    return network;
  }

  /** The Secrets Manager secrets some password or token of the estate reads. */
  private static java.util.Set<String> secretsReadByCredentials(
      io.payflow.platform.topology.Topology topology) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (Environment e : topology.environments()) {
      e.databases().forEach(db -> addSecret(names, db.masterPassword()));
      e.caches().forEach(cache -> addSecret(names, cache.authToken()));
    }
    return names;
  }

  private static void addSecret(
      java.util.Set<String> names, io.payflow.platform.topology.Credential credential) {
    if (credential != null && credential.secret() != null) {
      names.add(credential.secret());
    }
  }
}
