package io.payflow.platform.topology;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole estate: exactly one hub, any number of spokes, and the shared state backend. Names that
 * other fields refer to (depends_on, peers, the backend owner) must exist.
 */
public record Topology(
    Integer schemaVersion,
    Organisation organisation,
    StateBackend stateBackend,
    List<Environment> environments) {

  public static final int SCHEMA_VERSION = 1;

  public Topology {
    schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
    if (schemaVersion != SCHEMA_VERSION) {
      throw new InvalidValueException(
          "schema_version", schemaVersion + " is not supported (expected " + SCHEMA_VERSION + ")");
    }
    InvalidValueException.required(organisation, "organisation");
    InvalidValueException.required(stateBackend, "state_backend");
    environments = Lists.copy(environments);
    checkNames(environments);
    checkOneHub(environments);
    checkReferences(environments);
    if (environments.stream().noneMatch(e -> e.name().equals(stateBackend.owner()))) {
      throw new InvalidValueException(
          "state_backend.owner",
          "'"
              + stateBackend.owner()
              + "' is not an environment (expected one of "
              + names(environments)
              + ")");
    }
  }

  private static void checkNames(List<Environment> environments) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < environments.size(); i++) {
      if (!seen.add(environments.get(i).name())) {
        throw new InvalidValueException(
            "environments[" + i + "].name",
            "'"
                + environments.get(i).name()
                + "' is used by two environments (names must be unique)");
      }
    }
  }

  private static void checkOneHub(List<Environment> environments) {
    List<String> hubs =
        environments.stream().filter(Environment::isHub).map(Environment::name).toList();
    if (hubs.size() != 1) {
      throw new InvalidValueException(
          "environments",
          "has "
              + hubs.size()
              + " hubs "
              + hubs
              + " (expected exactly one environment with role: hub)");
    }
  }

  private static void checkReferences(List<Environment> environments) {
    List<String> names = names(environments);
    for (int i = 0; i < environments.size(); i++) {
      Environment env = environments.get(i);
      checkReferenceList(env.dependsOn(), names, "environments[" + i + "].depends_on");
      checkReferenceList(env.peers(), names, "environments[" + i + "].peers");
      checkPeerRegions(env, environments, "environments[" + i + "].peers");
    }
  }

  /**
   * A peering is declared, auto-accepted and routed from the spoke's stack, with the spoke's
   * provider: a peer in another region is not found there, so apply would fail. (Across regions AWS
   * needs peer_region and an accepter in the peer's region, which the synthesizer does not write.)
   */
  private static void checkPeerRegions(
      Environment env, List<Environment> environments, String field) {
    for (int j = 0; j < env.peers().size(); j++) {
      String peer = env.peers().get(j);
      Environment other =
          environments.stream().filter(e -> e.name().equals(peer)).findFirst().orElseThrow();
      if (!other.region().equals(env.region())) {
        throw new InvalidValueException(
            field + "[" + j + "]",
            "'"
                + peer
                + "' is in "
                + other.region()
                + " and this environment in "
                + env.region()
                + ": peerings are synthesized within one region (put both in one region)");
      }
    }
  }

  private static void checkReferenceList(List<String> refs, List<String> names, String field) {
    for (int j = 0; j < refs.size(); j++) {
      if (!names.contains(refs.get(j))) {
        throw new InvalidValueException(
            field + "[" + j + "]",
            "'" + refs.get(j) + "' is not an environment (expected one of " + names + ")");
      }
    }
  }

  private static List<String> names(List<Environment> environments) {
    return environments.stream().map(Environment::name).toList();
  }

  public Environment hub() {
    return environments.stream().filter(Environment::isHub).findFirst().orElseThrow();
  }

  public List<Environment> spokes() {
    return environments.stream().filter(e -> !e.isHub()).toList();
  }

  public Optional<Environment> environment(String name) {
    return environments.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
