package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The region each AWS resource of a stack is created in: that of the provider configuration it
 * uses, by its key ({@code aws}, or {@code aws.east} for an alias), where the input writes the
 * region as a value. A resource names its configuration with {@code provider} (Terraform JSON) or
 * through the plan's configuration ({@code provider_config_key}, by configuration address). {@code
 * anyResource} is the region of a resource that names none: Terraform JSON's default provider's; in
 * a plan, the one every AWS configuration agrees on (null when they differ), as a resource the
 * configuration does not list may use any of them.
 */
record ProviderRegions(
    Map<String, String> byKey, Map<String, String> keyByAddress, String anyResource) {
  static final ProviderRegions NONE = new ProviderRegions(Map.of(), Map.of(), null);

  /** The region {@code r} is created in; null when the input does not tell. */
  String of(TfResource r) {
    String key = keyByAddress.get(Addresses.withoutInstanceKeys(r.address()));
    if (key != null && !byKey.containsKey(key)) {
      // A key the plan lists no configuration for: a module's inherited provider, which Terraform
      // before 1.x's normalization keys by the module ("vpc:aws").
      return anyResource;
    }
    if (key == null) {
      JsonNode provider = r.values().path("provider");
      if (!provider.isTextual()) {
        return anyResource;
      }
      // ("aws.east", or the same as an interpolation)
      key = provider.asText().replaceFirst("^\\$\\{(.*)}$", "$1");
    }
    return byKey.get(key);
  }
}
