package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Concatenates the typed facts of several inputs. Terraform addresses are unique only within one
 * state, so when two inputs use the same address (every stack calls its VPC aws_vpc.vpc), each
 * input's addresses and the references between its facts are qualified ({@code
 * production:aws_vpc.vpc}): with its one environment when that is unique among the inputs, else
 * with its position ({@code input2:}). Environments met twice merge; values that disagree are an
 * input error naming both inputs, never a silent first-wins.
 */
public final class FactsMerger {
  private FactsMerger() {}

  public record Result(Facts facts, Map<String, Integer> inputByAddress) {}

  public static Result merge(List<Input> inputs) throws InputException {
    List<Facts> docs = new ArrayList<>();
    for (Input input : inputs) {
      docs.add(input.facts().facts());
    }
    if (collide(docs)) {
      List<String> qualifiers = qualifiers(docs);
      for (int i = 0; i < docs.size(); i++) {
        String q = qualifiers.get(i) + ":";
        docs.set(i, docs.get(i).qualified(a -> a.startsWith(q) ? a : q + a));
      }
    }
    Map<String, Integer> inputOf = new HashMap<>();
    Map<String, Facts.Environment> environments = new LinkedHashMap<>();
    Map<String, Integer> environmentInput = new HashMap<>();
    FactsBuilder all = new FactsBuilder("merged");
    Facts.Organisation organisation = new Facts.Organisation(null, null);
    int organisationInput = -1;
    for (int i = 0; i < docs.size(); i++) {
      Facts doc = docs.get(i);
      int index = i;
      addresses(doc).forEach(a -> inputOf.putIfAbsent(a, index));
      if (doc.organisation() != null && doc.organisation().budgetUsd() != null) {
        if (organisation.budgetUsd() != null
            && organisation.budgetUsd().compareTo(doc.organisation().budgetUsd()) != 0) {
          throw conflict("the organisation budget", inputs, organisationInput, i);
        }
        organisation = doc.organisation();
        organisationInput = i;
      }
      for (Facts.Environment env : doc.environments()) {
        Facts.Environment seen = environments.get(env.name());
        if (seen == null) {
          environments.put(env.name(), env);
          environmentInput.put(env.name(), i);
        } else {
          environments.put(
              env.name(), combine(seen, env, inputs, environmentInput.get(env.name()), i));
        }
      }
      all.add(doc);
    }
    linkPendingPeerings(all);
    linkPendingRoutes(all);
    linkPendingSourceGroups(all);
    all.organisation(organisation);
    all.environments.addAll(environments.values());
    Facts merged = all.build();
    return new Result(merged, inputOf);
  }

  /**
   * A peering that read one side from another stack's remote state is linked now that the stacks
   * are together: to the only VPC of the environment that state belongs to (inferred); otherwise it
   * stays unresolved.
   */
  private static void linkPendingPeerings(FactsBuilder all) {
    List<Facts.Network> networks = all.networks();
    List<Facts.Unresolved> still = new ArrayList<>();
    for (Facts.Unresolved u : all.unresolved) {
      Facts.PendingPeering pending = u.pending();
      List<Facts.Network> vpcs =
          pending == null
              ? List.of()
              : networks.stream()
                  .filter(n -> n.environment().equals(pending.remoteEnvironment()))
                  .toList();
      if (vpcs.size() != 1) {
        still.add(u);
        continue;
      }
      String remote = vpcs.get(0).address();
      boolean requesterRemote = pending.requester() == null;
      all.peerings.add(
          new Facts.Peering(
              u.address(),
              u.environment(),
              u.path(),
              requesterRemote ? remote : pending.requester(),
              requesterRemote ? pending.accepter() : remote,
              List.of(requesterRemote ? "vpc_id" : "peer_vpc_id"),
              pending.acceptance()));
      all.coverage(u.type(), new Facts.Coverage(0, 1, -1));
    }
    all.unresolved.clear();
    all.unresolved.addAll(still);
  }

  /**
   * A route on a table another stack's remote state names is linked now that the stacks are
   * together: to the table of that environment whose CDKTF cross-stack output the reference reads
   * ({@code cross-stack-output-aws_route_tablert-publicid} is {@code aws_route_table.rt-public}'s
   * ID), marked inferred; with no such table it stays unresolved.
   */
  private static void linkPendingRoutes(FactsBuilder all) {
    List<Facts.Unresolved> still = new ArrayList<>();
    for (Facts.Unresolved u : all.unresolved) {
      Facts.PendingRoute pending = u.pendingRoute();
      List<Facts.RouteTable> tables =
          pending == null || pending.remoteOutput() == null
              ? List.of()
              : all.routeTables.stream()
                  .filter(t -> t.environment().equals(pending.remoteEnvironment()))
                  .filter(t -> pending.remoteOutput().equals(cdktfOutputOf(t.address())))
                  .toList();
      if (tables.size() != 1) {
        still.add(u);
        continue;
      }
      Facts.Route r = pending.route();
      all.routes.add(
          new Facts.Route(
              r.address(),
              r.environment(),
              r.path(),
              tables.get(0).address(),
              r.destination(),
              r.targetKind(),
              r.target(),
              List.of("route_table_id")));
      all.coverage(u.type(), new Facts.Coverage(0, 1, -1));
    }
    all.unresolved.clear();
    all.unresolved.addAll(still);
  }

  /**
   * A rule admitting a security group another stack's remote state names (a spoke's EKS API rule
   * admitting the hub's bastion group) is linked to the group of that environment whose CDKTF
   * output the reference reads; a source with no such group stays pending and admits nothing.
   */
  private static void linkPendingSourceGroups(FactsBuilder all) {
    Map<String, String> groupByOutput = new HashMap<>();
    Consumer<String[]> known =
        envAndGroup ->
            groupByOutput.put(envAndGroup[0] + "|" + cdktfOutputOf(envAndGroup[1]), envAndGroup[1]);
    all.ingressRules.stream()
        .filter(r -> r.group() != null)
        .forEach(r -> known.accept(new String[] {r.environment(), r.group()}));
    all.bastions.forEach(
        b -> b.securityGroups().forEach(g -> known.accept(new String[] {b.environment(), g})));
    all.eksClusters.forEach(
        c -> c.apiGroups().forEach(g -> known.accept(new String[] {c.environment(), g})));
    List<Facts.IngressRule> linked = new ArrayList<>();
    for (Facts.IngressRule r : all.ingressRules) {
      if (r.pendingSources().isEmpty()) {
        linked.add(r);
        continue;
      }
      List<String> sources = new ArrayList<>(r.sourceGroups());
      List<Facts.RemoteRef> still = new ArrayList<>();
      for (Facts.RemoteRef ref : r.pendingSources()) {
        String group = groupByOutput.get(ref.environment() + "|" + ref.output());
        if (group != null) {
          sources.add(group);
        } else {
          still.add(ref);
        }
      }
      linked.add(
          new Facts.IngressRule(
              r.address(),
              r.environment(),
              r.path(),
              r.protocol(),
              r.fromPort(),
              r.toPort(),
              r.cidrs(),
              r.target(),
              r.group(),
              sources,
              still,
              r.prefixLists()));
    }
    all.ingressRules.clear();
    all.ingressRules.addAll(linked);
  }

  /** The name CDKTF gives the cross-stack output of a resource's ID. */
  private static String cdktfOutputOf(String address) {
    String local = address.substring(address.indexOf(':') + 1);
    return "cross-stack-output-" + local.replace(".", "") + "id";
  }

  /** One environment seen in two inputs: the one that knows its state wins; values must agree. */
  private static Facts.Environment combine(
      Facts.Environment a, Facts.Environment b, List<Input> inputs, int ia, int ib)
      throws InputException {
    BigDecimal budget = a.budgetUsd();
    if (a.budgetUsd() != null
        && b.budgetUsd() != null
        && a.budgetUsd().compareTo(b.budgetUsd()) != 0) {
      throw conflict("environment " + Text.safe(a.name()) + "'s budget", inputs, ia, ib);
    }
    budget = budget != null ? budget : b.budgetUsd();
    if (a.hoursPerMonth() != b.hoursPerMonth()) {
      throw conflict("environment " + Text.safe(a.name()) + "'s hours per month", inputs, ia, ib);
    }
    boolean aKnows = !a.unknown().contains("state");
    boolean bKnows = !b.unknown().contains("state");
    if (aKnows && bKnows && !Objects.equals(a.state(), b.state())) {
      throw conflict("environment " + Text.safe(a.name()) + "'s state backend", inputs, ia, ib);
    }
    Facts.Environment known = aKnows || !bKnows ? a : b;
    Set<String> dependsOn = new LinkedHashSet<>(a.dependsOn());
    dependsOn.addAll(b.dependsOn());
    return new Facts.Environment(
        known.address(),
        known.path(),
        known.name(),
        a.role().equals("hub") || b.role().equals("hub") ? "hub" : a.role(),
        a.tier(),
        a.hoursPerMonth(),
        budget,
        List.copyOf(dependsOn),
        known.state(),
        known.unknown());
  }

  private static InputException conflict(String what, List<Input> inputs, int a, int b) {
    return new InputException(
        inputs.get(b).name()
            + ": "
            + what
            + " differs from "
            + inputs.get(a).name()
            + " (inputs of one estate must agree: fix the tags or the topology of one)",
        null);
  }

  private static boolean collide(List<Facts> docs) {
    Set<String> seen = new HashSet<>();
    for (Facts doc : docs) {
      for (String address : new HashSet<>(addresses(doc).toList())) {
        if (!seen.add(address)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Each input's one environment when no other input has it, else its position. */
  private static List<String> qualifiers(List<Facts> docs) {
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Set<String> environments = new TreeSet<>();
      Consumer<String> add = environments::add;
      facts(docs.get(i)).forEach(add);
      environments.remove("all");
      candidates.add(
          environments.size() == 1 && !environments.contains(Attribution.UNATTRIBUTED)
              ? environments.iterator().next()
              : "input" + (i + 1));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      String c = candidates.get(i);
      out.add(candidates.indexOf(c) != candidates.lastIndexOf(c) ? "input" + (i + 1) : c);
    }
    return out;
  }

  private static Stream<String> facts(Facts doc) {
    return Stream.of(
            doc.networks().stream().map(Facts.Network::environment),
            doc.peerings().stream().map(Facts.Peering::environment),
            doc.endpoints().stream().map(Facts.Endpoint::environment),
            doc.eksClusters().stream().map(Facts.EksCluster::environment),
            doc.nodeGroups().stream().map(Facts.NodeGroup::environment),
            doc.databases().stream().map(Facts.Database::environment),
            doc.caches().stream().map(Facts.Cache::environment),
            doc.credentials().stream().map(Facts.Credential::environment),
            doc.ingressRules().stream().map(Facts.IngressRule::environment),
            doc.costs().stream().map(Facts.Cost::environment),
            doc.unresolved().stream().map(Facts.Unresolved::environment))
        .flatMap(s -> s);
  }

  /** Every address a fact of this document carries (subnets included). */
  private static Stream<String> addresses(Facts doc) {
    return Stream.of(
            doc.networks().stream()
                .flatMap(
                    n ->
                        Stream.concat(
                            Stream.of(n.address()),
                            n.subnets().stream().map(Facts.Subnet::address))),
            doc.peerings().stream().map(Facts.Peering::address),
            doc.endpoints().stream().map(Facts.Endpoint::address),
            doc.eksClusters().stream().map(Facts.EksCluster::address),
            doc.nodeGroups().stream().map(Facts.NodeGroup::address),
            doc.databases().stream().map(Facts.Database::address),
            doc.caches().stream().map(Facts.Cache::address),
            doc.credentials().stream().map(Facts.Credential::address),
            doc.ingressRules().stream().map(Facts.IngressRule::address),
            doc.costs().stream().map(Facts.Cost::address),
            doc.unresolved().stream().map(Facts.Unresolved::address))
        .flatMap(s -> s);
  }
}
