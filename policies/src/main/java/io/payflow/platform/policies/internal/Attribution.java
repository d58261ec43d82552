package io.payflow.platform.policies.internal;

import java.util.List;

/**
 * Which environment a Terraform resource belongs to: its CDKTF stack name, then the backend key
 * prefix of its only stack ({@code production/terraform.tfstate}), then its {@code Environment}
 * tag, then the stack's default {@code Environment} tag; otherwise {@code unattributed}, never a
 * guess.
 */
final class Attribution {
  static final String UNATTRIBUTED = "unattributed";

  private Attribution() {}

  static String of(TfResource r, List<TfStack> stacks) {
    if (r.stack() != null) {
      return r.stack();
    }
    if (stacks.size() == 1) {
      String key = keyPrefix(stacks.get(0));
      if (key != null) {
        return key;
      }
    }
    for (String tags : List.of("tags", "tags_all")) {
      String tag = TfValues.literal(r.values().path(tags).path("Environment"));
      if (tag != null && !tag.isBlank()) {
        return tag;
      }
    }
    if (stacks.size() == 1 && stacks.get(0).tags().containsKey("Environment")) {
      return stacks.get(0).tags().get("Environment");
    }
    return UNATTRIBUTED;
  }

  /** The environment a stack names: its CDKTF name, else its S3 key's first segment. */
  static String stackEnvironment(TfStack stack) {
    return stack.name() != null ? stack.name() : keyPrefix(stack);
  }

  private static String keyPrefix(TfStack stack) {
    String key = stack.s3Key();
    return key != null && key.contains("/") ? key.substring(0, key.indexOf('/')) : null;
  }
}
