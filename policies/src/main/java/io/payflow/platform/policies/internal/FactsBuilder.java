package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.FactsDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the facts of one input as an adapter finds them, and counts per resource type what was
 * declared, read and left unresolved, so that {@code declared = facts + unresolved} can be checked.
 */
final class FactsBuilder {
  private final String kind;
  private Facts.Organisation organisation = new Facts.Organisation(null, null);
  final List<Facts.Environment> environments = new ArrayList<>();
  private final Map<String, Facts.Network> networks = new LinkedHashMap<>();
  private final Map<String, List<Facts.Subnet>> subnets = new LinkedHashMap<>();
  private final Map<String, List<Facts.SecondaryCidr>> secondaryCidrs = new LinkedHashMap<>();
  final List<Facts.Peering> peerings = new ArrayList<>();
  final List<Facts.Endpoint> endpoints = new ArrayList<>();
  final List<Facts.EksCluster> eksClusters = new ArrayList<>();
  final List<Facts.NodeGroup> nodeGroups = new ArrayList<>();
  final List<Facts.Database> databases = new ArrayList<>();
  final List<Facts.Cache> caches = new ArrayList<>();
  final List<Facts.Credential> credentials = new ArrayList<>();
  final List<Facts.IngressRule> ingressRules = new ArrayList<>();
  final List<Facts.Cost> costs = new ArrayList<>();
  final List<Facts.Unresolved> unresolved = new ArrayList<>();
  final List<Facts.Name> names = new ArrayList<>();
  final List<Facts.RouteTable> routeTables = new ArrayList<>();
  final List<Facts.Route> routes = new ArrayList<>();
  final List<Facts.Bastion> bastions = new ArrayList<>();
  final List<Facts.SubnetGroup> subnetGroups = new ArrayList<>();
  private final Map<String, Facts.Coverage> coverage = new TreeMap<>();
  private long unattributed;

  /** The step of the build after every resource's: what is found once all were read. */
  static final long LAST_STEP = Long.MAX_VALUE;

  /**
   * The build's step now (TerraformFacts#step; -1 before the resources are read one by one), and
   * the step at which each unresolved entry was found: the order of two builders' entries merged.
   */
  private long step = -1;

  private final List<Long> steps = new ArrayList<>();

  FactsBuilder(String kind) {
    this.kind = kind;
  }

  void organisation(Facts.Organisation organisation) {
    this.organisation = organisation;
  }

  void unattributed(long count) {
    this.unattributed = count;
  }

  /**
   * A network; its subnets and secondary ranges are added with {@link #subnet} and {@link
   * #secondaryCidr} and joined when the facts are built.
   */
  void network(Facts.Network network) {
    networks.put(network.address(), network);
    subnets.putIfAbsent(network.address(), new ArrayList<>());
    secondaryCidrs.putIfAbsent(network.address(), new ArrayList<>());
  }

  boolean hasNetwork(String address) {
    return networks.containsKey(address);
  }

  void subnet(String network, Facts.Subnet subnet) {
    subnets.get(network).add(subnet);
  }

  void secondaryCidr(String network, Facts.SecondaryCidr range) {
    secondaryCidrs.get(network).add(range);
  }

  /** Every fact of another document (an input of a merge), its coverage and unattributed count. */
  void add(Facts doc) {
    for (Facts.Network n : doc.networks()) {
      network(n);
      n.subnets().forEach(s -> subnet(n.address(), s));
      n.secondaryCidrs().forEach(s -> secondaryCidr(n.address(), s));
    }
    peerings.addAll(doc.peerings());
    endpoints.addAll(doc.endpoints());
    eksClusters.addAll(doc.eksClusters());
    nodeGroups.addAll(doc.nodeGroups());
    databases.addAll(doc.databases());
    caches.addAll(doc.caches());
    credentials.addAll(doc.credentials());
    ingressRules.addAll(doc.ingressRules());
    costs.addAll(doc.costs());
    unresolved.addAll(doc.unresolved());
    names.addAll(doc.names());
    routeTables.addAll(doc.routeTables());
    routes.addAll(doc.routes());
    bastions.addAll(doc.bastions());
    subnetGroups.addAll(doc.subnetGroups());
    if (doc.source() != null) {
      unattributed += doc.source().unattributed();
      doc.source().coverage().forEach(this::coverage);
    }
  }

  /** The networks so far, with their subnets. */
  List<Facts.Network> networks() {
    return build().networks();
  }

  /** Adds {@code delta} to a type's coverage (a merge, or a link completed after it). */
  void coverage(String type, Facts.Coverage delta) {
    coverage.merge(type, delta, Facts.Coverage::plus);
  }

  /** One resource of a type the rules read was declared, and became facts. */
  void read(String type) {
    coverage.merge(type, new Facts.Coverage(1, 1, 0), Facts.Coverage::plus);
  }

  /** One resource of a type the rules read was declared, and could not be linked or understood. */
  void unresolved(Facts.Unresolved entry) {
    unresolvedUncounted(entry);
    coverage.merge(entry.type(), new Facts.Coverage(1, 0, 1), Facts.Coverage::plus);
  }

  /** An unresolved entry of a type that is not counted in coverage (a bastion instance). */
  void unresolvedUncounted(Facts.Unresolved entry) {
    unresolved.add(entry);
    steps.add(step);
  }

  void step(long step) {
    this.step = step;
  }

  long step() {
    return step;
  }

  /**
   * What another builder read apart (ReadApart) for this same build: ingress rules (no other reader
   * writes any), the cost lines of the first half of the resources (before this builder's, which
   * are the second half's: only the loop prices), coverage, and unresolved entries, each put where
   * its step puts it among this builder's.
   */
  void addReadApart(FactsBuilder apart) {
    if (steps.size() != unresolved.size() || apart.steps.size() != apart.unresolved.size()) {
      throw new IllegalStateException("unresolved entries added without their step");
    }
    if (!ingressRules.isEmpty()) {
      throw new IllegalStateException("ingress rules read in both builders");
    }
    ingressRules.addAll(apart.ingressRules);
    costs.addAll(0, apart.costs);
    apart.coverage.forEach(this::coverage);
    List<Facts.Unresolved> merged = new ArrayList<>();
    List<Long> mergedSteps = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < unresolved.size() || j < apart.unresolved.size()) {
      boolean ours =
          j == apart.unresolved.size()
              || i < unresolved.size() && steps.get(i) <= apart.steps.get(j);
      merged.add(ours ? unresolved.get(i) : apart.unresolved.get(j));
      mergedSteps.add(ours ? steps.get(i++) : apart.steps.get(j++));
    }
    unresolved.clear();
    unresolved.addAll(merged);
    steps.clear();
    steps.addAll(mergedSteps);
  }

  Facts build() {
    List<Facts.Network> joined = new ArrayList<>();
    networks.forEach(
        (address, n) ->
            joined.add(
                new Facts.Network(
                    n.address(),
                    n.environment(),
                    n.path(),
                    n.name(),
                    n.cidr(),
                    List.copyOf(subnets.get(address)),
                    n.unknown(),
                    List.copyOf(secondaryCidrs.get(address)))));
    return new Facts(
        FactsDocument.SCHEMA_VERSION,
        new Facts.Source(kind, unattributed, new TreeMap<>(coverage)),
        organisation,
        List.copyOf(environments),
        joined,
        List.copyOf(peerings),
        List.copyOf(endpoints),
        List.copyOf(eksClusters),
        List.copyOf(nodeGroups),
        List.copyOf(databases),
        List.copyOf(caches),
        List.copyOf(credentials),
        List.copyOf(ingressRules),
        List.copyOf(costs),
        null, // the cost summary, derived from the costs
        List.copyOf(unresolved),
        List.copyOf(names),
        List.copyOf(routeTables),
        List.copyOf(routes),
        List.copyOf(bastions),
        List.copyOf(subnetGroups));
  }
}
