package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which provider configuration's region a resource is created in. */
class ProviderRegionsTest {
  private static final ProviderRegions REGIONS =
      new ProviderRegions(
          regions(),
          Map.of(
              "module.net.aws_subnet.listed",
              "aws.east",
              "aws_subnet.env",
              "aws.env",
              "module.vpc.aws_subnet.inherited",
              "vpc:aws"),
          "us-west-2");

  private static Map<String, String> regions() {
    Map<String, String> regions = new java.util.HashMap<>();
    regions.put("aws", "us-west-2");
    regions.put("aws.east", "us-east-1");
    regions.put("aws.env", null); // (AWS_REGION gives it)
    return regions;
  }

  private static TfResource resource(String address, String provider) {
    ObjectNode values = FactsJson.JSON.createObjectNode();
    if (provider != null) {
      values.put("provider", provider);
    }
    return new TfResource(
        address, address, "aws_subnet", false, values, Set.of(), null, null, "p", "p");
  }

  @ParameterizedTest(name = "{0} (provider {1}): {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        // listed by the plan's configuration, instance keys dropped
        "module.net[\"a\"].aws_subnet.listed[0], none, us-east-1",
        // a configuration the input gives no region for
        "aws_subnet.env, none, none",
        // a module's inherited provider, keyed by the module: the region all agree on
        "module.vpc.aws_subnet.inherited[1], none, us-west-2",
        // Terraform JSON's provider meta-argument, plain or interpolated
        "aws_subnet.a, aws.east, us-east-1",
        "aws_subnet.b, ${aws.east}, us-east-1",
        "aws_subnet.c, aws.west, none",
        // naming none: the region every configuration agrees on (here, the default's)
        "aws_subnet.d, none, us-west-2",
      })
  void aResourcesRegionIsItsProviderConfigurations(String address, String provider, String region) {
    assertThat(REGIONS.of(resource(address, provider))).isEqualTo(region);
  }
}
