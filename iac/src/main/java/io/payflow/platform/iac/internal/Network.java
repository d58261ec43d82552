package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.providers.aws.eip.Eip;
import com.hashicorp.cdktf.providers.aws.internet_gateway.InternetGateway;
import com.hashicorp.cdktf.providers.aws.nat_gateway.NatGateway;
import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTable;
import com.hashicorp.cdktf.providers.aws.route_table_association.RouteTableAssociation;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpoint;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import io.payflow.platform.topology.AvailabilityZone;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.NatStrategy;
import io.payflow.platform.topology.SubnetTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The VPC: subnets per zone and tier, an internet gateway for public subnets, NAT per zone or one,
 * route tables (data subnets get no default route), and the gateway and interface endpoints.
 */
final class Network {
  private final Environment env;
  private final Origin origin;
  private final Vpc vpc;
  private final Map<String, Subnet> subnets = new LinkedHashMap<>();
  private final List<RouteTable> privateRouteTables = new ArrayList<>();
  private RouteTable publicRouteTable;

  Network(Construct scope, Environment env, Origin origin) {
    this.env = env;
    this.origin = origin;
    String name = env.name();
    vpc =
        Vpc.Builder.create(scope, "vpc")
            .cidrBlock(env.vpc().cidr().toString())
            .enableDnsHostnames(true)
            .enableDnsSupport(true)
            .tags(Tags.of(origin.at(".vpc"), name + "-vpc"))
            .build();
    for (int i = 0; i < env.vpc().subnets().size(); i++) {
      io.payflow.platform.topology.Subnet s = env.vpc().subnets().get(i);
      subnets.put(
          s.name(),
          Subnet.Builder.create(scope, "subnet-" + s.name())
              .vpcId(vpc.getId())
              .cidrBlock(s.cidr().toString())
              .availabilityZone(s.az().name())
              .mapPublicIpOnLaunch(false)
              .tags(withTier(Tags.of(origin.at(".vpc.subnets[" + i + "]"), s.name()), s.tier()))
              .build());
    }
    routes(scope);
    endpoints(scope);
  }

  /**
   * The tier, and the role tags the AWS Load Balancer Controller places load balancers by:
   * internet-facing ones in public subnets, internal ones in private (node) subnets.
   */
  private static Map<String, String> withTier(Map<String, String> tags, SubnetTier tier) {
    tags.put("Tier", tier.name().toLowerCase(java.util.Locale.ROOT));
    if (tier == SubnetTier.PUBLIC) {
      tags.put("kubernetes.io/role/elb", "1");
    } else if (tier == SubnetTier.PRIVATE) {
      tags.put("kubernetes.io/role/internal-elb", "1");
    }
    return tags;
  }

  private void routes(Construct scope) {
    String name = env.name();
    List<io.payflow.platform.topology.Subnet> publics = env.vpc().subnets(SubnetTier.PUBLIC);
    Map<AvailabilityZone, NatGateway> nats = new LinkedHashMap<>();
    if (!publics.isEmpty()) {
      InternetGateway igw =
          InternetGateway.Builder.create(scope, "igw")
              .vpcId(vpc.getId())
              .tags(Tags.of(origin.at(".vpc"), name + "-igw"))
              .build();
      RouteTable publicTable =
          RouteTable.Builder.create(scope, "rt-public")
              .vpcId(vpc.getId())
              .tags(Tags.of(origin.at(".vpc"), name + "-public"))
              .build();
      Route.Builder.create(scope, "rt-public-default")
          .routeTableId(publicTable.getId())
          .destinationCidrBlock("0.0.0.0/0")
          .gatewayId(igw.getId())
          .build();
      for (io.payflow.platform.topology.Subnet s : publics) {
        associate(scope, s.name(), publicTable);
      }
      publicRouteTable = publicTable;
      if (env.vpc().nat() != NatStrategy.NONE) {
        for (io.payflow.platform.topology.Subnet s : publics) {
          if (nats.containsKey(s.az())
              || (env.vpc().nat() == NatStrategy.SINGLE && !nats.isEmpty())) {
            continue;
          }
          String az = s.az().name();
          Eip eip =
              Eip.Builder.create(scope, "nat-eip-" + az)
                  .domain("vpc")
                  .tags(Tags.of(origin.at(".vpc.nat"), name + "-nat-" + az))
                  .build();
          nats.put(
              s.az(),
              NatGateway.Builder.create(scope, "nat-" + az)
                  .allocationId(eip.getId())
                  .subnetId(subnets.get(s.name()).getId())
                  .tags(Tags.of(origin.at(".vpc.nat"), name + "-nat-" + az))
                  .build());
        }
      }
    }
    for (AvailabilityZone az : env.availabilityZones()) {
      List<io.payflow.platform.topology.Subnet> inZone =
          env.vpc().subnets(SubnetTier.PRIVATE).stream().filter(s -> s.az().equals(az)).toList();
      if (inZone.isEmpty()) {
        continue;
      }
      RouteTable table =
          RouteTable.Builder.create(scope, "rt-private-" + az.name())
              .vpcId(vpc.getId())
              .tags(Tags.of(origin.at(".vpc"), name + "-private-" + az.name()))
              .build();
      NatGateway nat = nats.getOrDefault(az, nats.values().stream().findFirst().orElse(null));
      if (nat != null) {
        Route.Builder.create(scope, "rt-private-" + az.name() + "-default")
            .routeTableId(table.getId())
            .destinationCidrBlock("0.0.0.0/0")
            .natGatewayId(nat.getId())
            .build();
      }
      inZone.forEach(s -> associate(scope, s.name(), table));
      privateRouteTables.add(table);
    }
    List<io.payflow.platform.topology.Subnet> data = env.vpc().subnets(SubnetTier.DATA);
    if (!data.isEmpty()) {
      RouteTable table =
          RouteTable.Builder.create(scope, "rt-data")
              .vpcId(vpc.getId())
              .tags(Tags.of(origin.at(".vpc"), name + "-data"))
              .build();
      data.forEach(s -> associate(scope, s.name(), table));
    }
  }

  private void associate(Construct scope, String subnet, RouteTable table) {
    RouteTableAssociation.Builder.create(scope, "rta-" + subnet)
        .subnetId(subnets.get(subnet).getId())
        .routeTableId(table.getId())
        .build();
  }

  private void endpoints(Construct scope) {
    String name = env.name();
    List<String> gateways = env.vpc().endpoints().gatewayServices();
    for (int k = 0; k < gateways.size(); k++) {
      String service = gateways.get(k);
      VpcEndpoint.Builder.create(scope, "vpce-" + service)
          .vpcId(vpc.getId())
          .serviceName("com.amazonaws." + env.region() + "." + service)
          .vpcEndpointType("Gateway")
          .routeTableIds(privateRouteTables.stream().map(RouteTable::getId).toList())
          .tags(
              Tags.of(
                  origin.at(".vpc.endpoints.gateway_services[" + k + "]"), name + "-" + service))
          .build();
    }
    if (env.vpc().endpoints().interfaceServices().isEmpty()) {
      return;
    }
    SecurityGroup endpointGroup =
        SecurityGroup.Builder.create(scope, "sg-endpoints")
            .name(name + "-endpoints")
            .description("HTTPS from inside the VPC to interface endpoints")
            .vpcId(vpc.getId())
            .tags(Tags.of(origin.at(".vpc.endpoints"), name + "-endpoints"))
            .build();
    VpcSecurityGroupIngressRule.Builder.create(scope, "sg-endpoints-https")
        .securityGroupId(endpointGroup.getId())
        .ipProtocol("tcp")
        .fromPort(443)
        .toPort(443)
        .cidrIpv4(env.vpc().cidr().toString())
        .description("HTTPS from the VPC")
        .tags(Tags.of(origin.at(".vpc.endpoints"), name + "-endpoints-https"))
        .build();
    List<String> endpointSubnets = subnetIds(SubnetTier.PRIVATE, env.endpointZones());
    List<String> interfaces = env.vpc().endpoints().interfaceServices();
    for (int k = 0; k < interfaces.size(); k++) {
      String service = interfaces.get(k);
      VpcEndpoint.Builder.create(scope, "vpce-" + service.replace('.', '-'))
          .vpcId(vpc.getId())
          .serviceName("com.amazonaws." + env.region() + "." + service)
          .vpcEndpointType("Interface")
          .privateDnsEnabled(true)
          .subnetIds(endpointSubnets)
          .securityGroupIds(List.of(endpointGroup.getId()))
          .tags(
              Tags.of(
                  origin.at(".vpc.endpoints.interface_services[" + k + "]"), name + "-" + service))
          .build();
    }
  }

  /** One subnet of the tier per zone (the first), for services that take one subnet per AZ. */
  List<String> subnetIds(SubnetTier tier, List<AvailabilityZone> zones) {
    List<String> ids = new ArrayList<>();
    for (AvailabilityZone az : zones) {
      env.vpc().subnets(tier).stream()
          .filter(s -> s.az().equals(az))
          .findFirst()
          .ifPresent(s -> ids.add(subnets.get(s.name()).getId()));
    }
    return ids;
  }

  /** Every subnet of the tier. */
  List<String> subnetIds(SubnetTier tier) {
    return ids(env.vpc().subnets(tier));
  }

  List<String> ids(List<io.payflow.platform.topology.Subnet> of) {
    return of.stream().map(s -> subnets.get(s.name()).getId()).toList();
  }

  Vpc vpc() {
    return vpc;
  }

  Environment environment() {
    return env;
  }

  /** The environment's element in the topology, for the source tag of what uses this VPC. */
  Origin origin() {
    return origin;
  }

  List<RouteTable> privateRouteTables() {
    return privateRouteTables;
  }

  /** The table of the public subnets (the bastion's), or empty when the VPC has none. */
  java.util.Optional<RouteTable> publicRouteTable() {
    return java.util.Optional.ofNullable(publicRouteTable);
  }
}
