package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ingress rules from security groups (inline {@code ingress}, the VPC's default group's too),
 * {@code aws_security_group_rule} and {@code aws_vpc_security_group_ingress_rule}. A protocol, port
 * range or source range only apply knows is read as the widest (all protocols, ports 0-65535,
 * 0.0.0.0/0), so the SSH rule judges the worst case instead of skipping the rule; a port the
 * provider would refuse is an input error. A separate rule whose direction only apply knows is
 * unresolved. A group is the bastion's when its name, description or Name tag says so.
 */
final class SecurityGroupFacts {
  private static final Pattern IPV6_RANGE = Pattern.compile("[0-9A-Fa-f:.]+/[0-9]{1,3}");

  /** The types read here; every other type the rules read has a reader of its own. */
  static final Set<String> TYPES =
      Set.of(
          "aws_security_group",
          "aws_default_security_group",
          "aws_security_group_rule",
          "aws_vpc_security_group_ingress_rule");

  private final TfResource r;
  private final String env;
  private final Linker linker;
  private final FactsBuilder facts;

  SecurityGroupFacts(TfResource r, String env, Linker linker, FactsBuilder facts) {
    this.r = r;
    this.env = env;
    this.linker = linker;
    this.facts = facts;
  }

  void read() {
    switch (r.type()) {
      case "aws_security_group", "aws_default_security_group" -> {
        // The VPC's default group, once Terraform manages it, has exactly the rules it declares.
        if (!inline()) {
          return;
        }
      }
      case "aws_security_group_rule" -> {
        String direction = direction();
        if (direction == null) {
          unresolved(
              "type (ingress or egress) is known only after apply or set by an expression, so"
                  + " the rule cannot be judged");
          return;
        }
        if (direction.equals("ingress")) {
          Sources sources = sources(r, "source_security_group_id", false);
          if (Boolean.TRUE.equals(TfValues.bool(r.attr("self")))) {
            sources.groups().add(group());
          }
          add(
              r.address(),
              r.attr("protocol"),
              r.attr("from_port"),
              r.attr("to_port"),
              "",
              cidrs(
                  r.values().path("cidr_blocks"),
                  r.values().path("ipv6_cidr_blocks"),
                  "cidr_blocks",
                  "ipv6_cidr_blocks"),
              groupTarget(),
              group(),
              sources,
              prefixLists(r, "prefix_list_ids", true, "prefix_list_ids"));
        }
      }
      case "aws_vpc_security_group_ingress_rule" ->
          add(
              r.address(),
              r.attr("ip_protocol"),
              r.attr("from_port"),
              r.attr("to_port"),
              "",
              cidrs(
                  array(r.attr("cidr_ipv4")), array(r.attr("cidr_ipv6")), "cidr_ipv4", "cidr_ipv6"),
              groupTarget(),
              group(),
              sources(r, "referenced_security_group_id", false),
              prefixLists(r, "prefix_list_id", false, "prefix_list_id"));
      default -> throw new IllegalStateException("not a security group type: " + r.type());
    }
    facts.read(r.type());
  }

  /**
   * A separate rule's direction; null when only apply knows it or an expression sets it (then the
   * rule is unresolved: read as neither, an SSH rule open to the world would pass unseen).
   */
  private String direction() {
    JsonNode type = r.attr("type");
    if (r.isUnknown("type") || TfValues.isExpression(type)) {
      return null;
    }
    String literal = TfValues.literal(type);
    if (!"ingress".equals(literal) && !"egress".equals(literal)) {
      throw new BadInput(r.pathOf("type"), "expected ingress or egress");
    }
    return literal;
  }

  /** The resource, unresolved for {@code reason} (PF-INPUT-001 reports it). */
  private void unresolved(String reason) {
    facts.unresolved(new Facts.Unresolved(r.address(), env, r.path(), r.type(), reason));
  }

  /** False when the group's inline rules only apply knows (then it is unresolved). */
  private boolean inline() {
    if (r.onlyApplyKnows("ingress")) {
      unresolved(
          "ingress is known only after apply (an expression or a dynamic block), so its rules"
              + " cannot be judged");
      return false;
    }
    List<JsonNode> rules = r.blocks("ingress");
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      TfResource inline =
          new TfResource(
              r.address() + ".ingress[" + i + "]",
              r.localAddress(),
              r.type(),
              false,
              rule,
              java.util.Set.of(),
              null,
              r.stack(),
              r.path(),
              r.pathOf("ingress[" + i + "]"));
      Sources sources = sources(inline, "security_groups", true);
      if (Boolean.TRUE.equals(TfValues.bool(rule.path("self")))) {
        sources.groups().add(r.address());
      }
      add(
          r.address() + ".ingress[" + i + "]",
          rule.path("protocol"),
          rule.path("from_port"),
          rule.path("to_port"),
          "ingress[" + i + "].",
          cidrs(
              rule.path("cidr_blocks"),
              rule.path("ipv6_cidr_blocks"),
              "ingress[" + i + "].cidr_blocks",
              "ingress[" + i + "].ipv6_cidr_blocks"),
          target(r),
          r.address(),
          sources,
          prefixLists(inline, "prefix_list_ids", true, "ingress[" + i + "].prefix_list_ids"));
    }
    return true;
  }

  /** Source security groups of a rule, and those another stack's remote state holds. */
  private record Sources(List<String> groups, List<Facts.RemoteRef> pending) {}

  private Sources sources(TfResource from, String attribute, boolean many) {
    Linker.Link link = linker.resolve(from, attribute, "aws_security_group", many);
    List<String> groups = new ArrayList<>();
    link.targets().forEach(t -> groups.add(t.address()));
    List<Facts.RemoteRef> pending = new ArrayList<>();
    if (!link.linked() && link.remoteEnvironment() != null) {
      pending.add(new Facts.RemoteRef(link.remoteEnvironment(), link.remoteOutput()));
    }
    return new Sources(groups, pending);
  }

  /** The group a separate rule belongs to, or null when it cannot be linked. */
  private String group() {
    return linker
        .resolve(r, "security_group_id", "aws_security_group", false)
        .single()
        .map(TfResource::address)
        .orElse(null);
  }

  private String groupTarget() {
    return linker
        .resolve(r, "security_group_id", "aws_security_group", false)
        .single()
        .map(SecurityGroupFacts::target)
        .orElse("other");
  }

  private static JsonNode array(JsonNode value) {
    return value.isMissingNode() || value.isNull()
        ? FactsJson.JSON.createArrayNode()
        : FactsJson.JSON.createArrayNode().add(value);
  }

  /**
   * A rule's source ranges. One that only apply knows, or an expression sets, is the whole internet
   * of its family (the worst case); a value of another shape is an input error, never skipped.
   */
  private List<String> cidrs(JsonNode ipv4, JsonNode ipv6, String attribute, String attribute6) {
    List<String> out = new ArrayList<>();
    if (TfValues.isExpression(ipv4) || r.isUnknown(attribute)) {
      out.add("0.0.0.0/0");
    }
    JsonNode v4s = list(ipv4, attribute);
    for (int i = 0; i < v4s.size(); i++) {
      String cidr = TerraformFacts.cidr(r, v4s.get(i), attribute + "[" + i + "]");
      out.add(cidr != null ? cidr : "0.0.0.0/0");
    }
    if (TfValues.isExpression(ipv6) || r.isUnknown(attribute6)) {
      out.add("::/0");
    }
    JsonNode v6s = list(ipv6, attribute6);
    for (int i = 0; i < v6s.size(); i++) {
      JsonNode v6 = v6s.get(i);
      if (TfValues.isExpression(v6) || v6.isNull()) {
        out.add("::/0");
        continue;
      }
      String text = v6.isTextual() ? v6.asText() : null;
      if (text == null || !IPV6_RANGE.matcher(text).matches() || !text.contains(":")) {
        throw new BadInput(
            r.pathOf(attribute6 + "[" + i + "]"), "expected an IPv6 CIDR string such as ::/0");
      }
      String lower = text.toLowerCase(Locale.ROOT);
      out.add(lower.equals("::/0") ? "::/0" : lower);
    }
    return out;
  }

  /**
   * A list of ranges: absent, null or an expression is none here; anything else not a list is an
   * error.
   */
  private JsonNode list(JsonNode value, String attribute) {
    if (value.isMissingNode() || value.isNull() || TfValues.isExpression(value)) {
      return FactsJson.JSON.createArrayNode();
    }
    if (!value.isArray()) {
      throw new BadInput(r.pathOf(attribute), "expected a list of CIDR strings");
    }
    return value;
  }

  /**
   * One ingress rule's fact. {@code portsAt} is where its ports stand in the resource ({@code ""}
   * for a rule resource, {@code ingress[i].} for a group's inline rule), for the error that names a
   * port the provider would refuse.
   */
  private void add(
      String address,
      JsonNode protocol,
      JsonNode from,
      JsonNode to,
      String portsAt,
      List<String> cidrs,
      String target,
      String group,
      Sources sources,
      PrefixSources prefixes) {
    String proto = TfValues.literal(protocol);
    Integer fromPort = TfNumbers.port(r, from, portsAt + "from_port");
    Integer toPort = TfNumbers.port(r, to, portsAt + "to_port");
    boolean all = proto == null || proto.equals("-1") || proto.equalsIgnoreCase("all");
    facts.ingressRules.add(
        new Facts.IngressRule(
            address,
            env,
            r.path(),
            all ? "-1" : protocolName(proto),
            all || fromPort == null ? 0 : fromPort,
            all || toPort == null ? 65535 : toPort,
            prefixes.cidrs().isEmpty()
                ? cidrs
                : java.util.stream.Stream.concat(cidrs.stream(), prefixes.cidrs().stream())
                    .toList(),
            target,
            group,
            sources.groups(),
            sources.pending(),
            prefixes.lists()));
  }

  /** What a rule admits from a prefix list whose ID or link only apply knows. */
  static final String UNKNOWN_PREFIX_LIST = "a prefix list known only after apply";

  private static final java.util.regex.Pattern PREFIX_LIST_ID =
      java.util.regex.Pattern.compile("pl-[0-9a-f]{8,17}");

  /** What a rule admits through prefix lists: ranges it can read, and lists it cannot. */
  private record PrefixSources(List<String> cidrs, List<String> lists) {}

  /**
   * The managed prefix lists a rule admits from. One the input defines with literal IPv4 entries
   * (and no aws_ec2_managed_prefix_list_entry anywhere that could add to it) admits its ranges;
   * another is named, by its address or its ID as written, and one only apply knows is said so,
   * never dropped: its ranges are not in the input, so SSH from it cannot be judged. {@code
   * attribute} is read from {@code from}; {@code path} is where it stands in the resource.
   */
  private PrefixSources prefixLists(TfResource from, String attribute, boolean many, String path) {
    JsonNode value = from.values().path(attribute);
    List<String> ranges = new ArrayList<>();
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    Linker.Link link = linker.resolve(from, attribute, "aws_ec2_managed_prefix_list", many);
    java.util.Set<String> linkedIds = new java.util.HashSet<>();
    for (TfResource list : link.targets()) {
      List<String> entries = entries(list);
      if (entries != null) {
        ranges.addAll(entries);
      } else {
        out.add(list.address());
      }
      String id = TfValues.literal(list.values().path("id"));
      if (id != null) {
        linkedIds.add(id); // (named by its ID in a plan: read above, not again as an ID)
      }
    }
    boolean unknown = TfValues.isExpression(value) || r.isUnknown(path);
    List<JsonNode> ids = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(ids::add);
    } else if (value.isTextual() && !many) {
      ids.add(value);
    } else if (!value.isMissingNode() && !value.isNull() && !unknown) {
      throw new BadInput(
          r.pathOf(path),
          many ? "expected a list of prefix list IDs" : "expected a prefix list ID");
    }
    for (int i = 0; i < ids.size(); i++) {
      JsonNode id = ids.get(i);
      if (TfValues.isExpression(id) || id.isNull()) {
        unknown = true;
      } else if (id.isTextual() && PREFIX_LIST_ID.matcher(id.asText()).matches()) {
        if (!linkedIds.contains(id.asText())) {
          out.add(id.asText());
        }
      } else {
        throw new BadInput(
            r.pathOf(many ? path + "[" + i + "]" : path),
            "expected a prefix list ID such as pl-0123456789abcdef0");
      }
    }
    if (unknown && (link.problem() != null || link.targets().isEmpty())) {
      out.add(UNKNOWN_PREFIX_LIST);
    }
    return new PrefixSources(List.copyOf(ranges), List.copyOf(out));
  }

  /** The ranges of a prefix list of the input, or null when they cannot all be read. */
  private List<String> entries(TfResource list) {
    if (linker.declares("aws_ec2_managed_prefix_list_entry")
        || !"IPv4".equals(TfValues.literal(list.attr("address_family")))
        || list.onlyApplyKnows("entry")) {
      return null;
    }
    List<String> ranges = new ArrayList<>();
    List<JsonNode> entries = list.blocks("entry");
    for (int i = 0; i < entries.size(); i++) {
      String cidr = TerraformFacts.cidr(list, entries.get(i).path("cidr"), "entry[" + i + "].cidr");
      if (cidr == null) {
        return null;
      }
      ranges.add(cidr);
    }
    return ranges;
  }

  /**
   * AWS takes a protocol by its number as well as its name; the rules compare names, so 6 is tcp
   * (read as "6", SSH open to the world passed them).
   */
  private static final Map<String, String> PROTOCOL_NUMBERS =
      Map.of("6", "tcp", "17", "udp", "1", "icmp", "58", "icmpv6");

  private static String protocolName(String protocol) {
    String name = protocol.toLowerCase(Locale.ROOT);
    return PROTOCOL_NUMBERS.getOrDefault(name, name);
  }

  private static String target(TfResource group) {
    String text =
        String.join(
            " ",
            group.localAddress(),
            String.valueOf(TfValues.literal(group.attr("name"))),
            String.valueOf(TfValues.literal(group.attr("description"))),
            String.valueOf(TfValues.literal(group.values().path("tags").path("Name"))));
    return text.toLowerCase(Locale.ROOT).contains("bastion") ? "bastion" : "other";
  }
}
