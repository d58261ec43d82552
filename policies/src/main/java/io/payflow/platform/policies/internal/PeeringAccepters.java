package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Facts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peerings that the inputs' {@code aws_vpc_peering_connection_accepter} resources accept: those
 * that set auto_accept. An accepter that cannot be linked may accept any peering, so a peering
 * nothing else accepts is then unknown, not "none".
 */
final class PeeringAccepters {
  private final Map<TfResource, String> byPeering = new HashMap<>();
  private boolean unlinked;

  PeeringAccepters(List<TfResource> resources, Linker linker) {
    for (TfResource r : resources) {
      if (r.data() || !r.type().equals("aws_vpc_peering_connection_accepter")) {
        continue;
      }
      Linker.Link peering =
          linker.resolve(r, "vpc_peering_connection_id", "aws_vpc_peering_connection", false);
      if (peering.single().isEmpty()) {
        unlinked = true;
        continue;
      }
      Boolean auto = TerraformFacts.flag(r, r.attr("auto_accept"), "auto_accept", false);
      String acceptance =
          auto == null ? Facts.Peering.UNKNOWN : auto ? Facts.Peering.ACCEPTER : Facts.Peering.NONE;
      byPeering.merge(peering.single().get(), acceptance, PeeringAccepters::stronger);
    }
  }

  /** What the accepters say of a peering that does not accept itself. */
  String acceptance(TfResource peering) {
    String said = byPeering.getOrDefault(peering, Facts.Peering.NONE);
    return said.equals(Facts.Peering.NONE) && unlinked ? Facts.Peering.UNKNOWN : said;
  }

  /** Of two accepters of one peering, the one that accepts it wins; then the unknown one. */
  private static String stronger(String a, String b) {
    if (a.equals(Facts.Peering.ACCEPTER) || b.equals(Facts.Peering.ACCEPTER)) {
      return Facts.Peering.ACCEPTER;
    }
    return a.equals(Facts.Peering.UNKNOWN) || b.equals(Facts.Peering.UNKNOWN)
        ? Facts.Peering.UNKNOWN
        : Facts.Peering.NONE;
  }
}
