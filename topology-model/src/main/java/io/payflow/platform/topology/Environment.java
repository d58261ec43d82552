package io.payflow.platform.topology;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One environment of the estate: the hub or a spoke, with its VPC and components. Network safety
 * (overlaps, subnets outside the VPC) is left to the policies, so that a broken topology still
 * loads and gets every finding at once; only what makes the file meaningless fails here.
 */
public record Environment(
    String name,
    Role role,
    Tier tier,
    String region,
    List<AvailabilityZone> availabilityZones,
    Integer hoursPerMonth,
    Money monthlyBudgetUsd,
    String stateKey,
    List<String> dependsOn,
    List<String> peers,
    Vpc vpc,
    Bastion bastion,
    EksCluster eks,
    List<Database> databases,
    List<Cache> caches,
    List<EcrRepository> ecrRepositories,
    List<Secret> secrets) {

  /** Hours in an average month (8,760 / 12); an always-on resource runs this many. */
  public static final int ALWAYS_ON_HOURS = 730;

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");

  public Environment {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidValueException(
          "name",
          "'"
              + name
              + "' is not an environment name (expected lower-case letters, digits and '-', starting with a letter)");
    }
    InvalidValueException.required(role, "role");
    InvalidValueException.required(tier, "tier");
    InvalidValueException.requiredText(region, "region");
    availabilityZones = Lists.copy(availabilityZones);
    if (availabilityZones.isEmpty()) {
      throw new InvalidValueException(
          "availability_zones", "is required (expected at least one zone)");
    }
    for (int i = 0; i < availabilityZones.size(); i++) {
      if (!availabilityZones.get(i).region().equals(region)) {
        throw new InvalidValueException(
            "availability_zones[" + i + "]",
            "'" + availabilityZones.get(i) + "' is not in region " + region);
      }
    }
    Lists.unique(availabilityZones, AvailabilityZone::name, "availability_zones", "", "zone");
    hoursPerMonth = hoursPerMonth == null ? ALWAYS_ON_HOURS : hoursPerMonth;
    if (hoursPerMonth < 1 || hoursPerMonth > 744) {
      throw new InvalidValueException(
          "hours_per_month", hoursPerMonth + " is out of range (expected 1-744; 730 is always on)");
    }
    InvalidValueException.requiredText(stateKey, "state_key");
    dependsOn = Lists.copy(dependsOn);
    peers = Lists.copy(peers);
    Lists.unique(dependsOn, d -> d, "depends_on", "", "environment");
    Lists.unique(peers, p -> p, "peers", "", "environment");
    for (int i = 0; i < peers.size(); i++) {
      if (peers.get(i).equals(name)) {
        throw new InvalidValueException(
            "peers[" + i + "]",
            "'" + peers.get(i) + "' is this environment: a VPC is not peered with itself");
      }
    }
    InvalidValueException.required(vpc, "vpc");
    checkZones(vpc, availabilityZones);
    databases = Lists.copy(databases);
    caches = Lists.copy(caches);
    ecrRepositories = Lists.copy(ecrRepositories);
    secrets = Lists.copy(secrets);
    checkUnique(vpc, eks, databases, caches, ecrRepositories, secrets);
    if (eks != null) {
      for (int i = 0; i < eks.nodeGroups().size(); i++) {
        checkZoneList(
            eks.nodeGroups().get(i).availabilityZones(),
            availabilityZones,
            "eks.node_groups[" + i + "].availability_zones");
      }
    }
  }

  /** Names are identities in the model: each part's name once in its list. */
  private static void checkUnique(
      Vpc vpc,
      EksCluster eks,
      List<Database> databases,
      List<Cache> caches,
      List<EcrRepository> repositories,
      List<Secret> secrets) {
    Lists.unique(vpc.subnets(), Subnet::name, "vpc.subnets", ".name", "subnet name");
    Lists.unique(
        vpc.endpoints().gatewayServices(), s -> s, "vpc.endpoints.gateway_services", "", "service");
    Lists.unique(
        vpc.endpoints().interfaceServices(),
        s -> s,
        "vpc.endpoints.interface_services",
        "",
        "service");
    Lists.unique(vpc.endpoints().azs(), AvailabilityZone::name, "vpc.endpoints.azs", "", "zone");
    if (eks != null) {
      Lists.unique(
          eks.nodeGroups(), NodeGroup::name, "eks.node_groups", ".name", "node group name");
      for (int i = 0; i < eks.nodeGroups().size(); i++) {
        Lists.unique(
            eks.nodeGroups().get(i).availabilityZones(),
            AvailabilityZone::name,
            "eks.node_groups[" + i + "].availability_zones",
            "",
            "zone");
      }
    }
    Lists.unique(databases, Database::name, "databases", ".name", "database name");
    Lists.unique(caches, Cache::name, "caches", ".name", "cache name");
    Lists.uniqueWithoutSlashes(
        repositories, EcrRepository::name, "ecr_repositories", "repository name");
    Lists.uniqueWithoutSlashes(secrets, Secret::name, "secrets", "secret name");
  }

  private static void checkZones(Vpc vpc, List<AvailabilityZone> zones) {
    for (int i = 0; i < vpc.subnets().size(); i++) {
      AvailabilityZone az = vpc.subnets().get(i).az();
      if (!zones.contains(az)) {
        throw new InvalidValueException(
            "vpc.subnets[" + i + "].az",
            "'" + az + "' is not one of the environment's availability_zones " + zones);
      }
    }
    checkZoneList(vpc.endpoints().azs(), zones, "vpc.endpoints.azs");
  }

  private static void checkZoneList(
      List<AvailabilityZone> list, List<AvailabilityZone> zones, String field) {
    for (int i = 0; i < list.size(); i++) {
      if (!zones.contains(list.get(i))) {
        throw new InvalidValueException(
            field + "[" + i + "]",
            "'" + list.get(i) + "' is not one of the environment's availability_zones " + zones);
      }
    }
  }

  public boolean isHub() {
    return role == Role.HUB;
  }

  /** The zones a node group runs in: its own list, or all of the environment's. */
  public List<AvailabilityZone> zonesOf(NodeGroup group) {
    return group.availabilityZones().isEmpty() ? availabilityZones : group.availabilityZones();
  }

  /** The zones interface endpoints are placed in: the endpoint list, or all zones. */
  public List<AvailabilityZone> endpointZones() {
    return vpc.endpoints().azs().isEmpty() ? availabilityZones : vpc.endpoints().azs();
  }

  /** How many NAT gateways the VPC runs. */
  public int natGatewayCount() {
    return switch (vpc.nat()) {
      case PER_AZ -> availabilityZones.size();
      case SINGLE -> 1;
      case NONE -> 0;
    };
  }
}
