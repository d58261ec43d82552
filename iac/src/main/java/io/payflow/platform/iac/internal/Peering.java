package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.route_table.RouteTable;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection.VpcPeeringConnection;
import io.payflow.platform.topology.Environment;
import software.constructs.Construct;

/**
 * The spoke side owns its peering with the hub and the routes on both sides; the hub's VPC ID and
 * route table IDs arrive as cross-stack references, so the hub never depends on a spoke. The hub's
 * public table (the bastion's subnet) routes to the spoke too: the bastion tunnels to the spoke's
 * private EKS endpoint, and the spoke's private tables route the whole hub range back.
 */
final class Peering {
  private final VpcPeeringConnection connection;

  Peering(Construct scope, Environment spoke, Network local, Network hub) {
    String name = spoke.name() + "-to-" + hub.environment().name();
    VpcPeeringConnection peering =
        VpcPeeringConnection.Builder.create(scope, "peering-hub")
            .vpcId(local.vpc().getId())
            .peerVpcId(hub.vpc().getId())
            .autoAccept(true)
            .tags(
                Tags.of(
                    local
                        .origin()
                        .at(".peers[" + spoke.peers().indexOf(hub.environment().name()) + "]"),
                    name))
            .build();
    for (int i = 0; i < local.privateRouteTables().size(); i++) {
      RouteTable table = local.privateRouteTables().get(i);
      Route.Builder.create(scope, "route-to-hub-" + i)
          .routeTableId(table.getId())
          .destinationCidrBlock(hub.environment().vpc().cidr().toString())
          .vpcPeeringConnectionId(peering.getId())
          .build();
    }
    connection = peering;
    hub.publicRouteTable()
        .ifPresent(
            table ->
                Route.Builder.create(scope, "route-from-hub-public")
                    .routeTableId(table.getId())
                    .destinationCidrBlock(spoke.vpc().cidr().toString())
                    .vpcPeeringConnectionId(peering.getId())
                    .build());
    for (int i = 0; i < hub.privateRouteTables().size(); i++) {
      Route.Builder.create(scope, "route-from-hub-" + i)
          .routeTableId(hub.privateRouteTables().get(i).getId())
          .destinationCidrBlock(spoke.vpc().cidr().toString())
          .vpcPeeringConnectionId(peering.getId())
          .build();
    }
  }

  /** What a rule referencing the hub's security groups must wait for: AWS needs it active. */
  VpcPeeringConnection connection() {
    return connection;
  }
}
