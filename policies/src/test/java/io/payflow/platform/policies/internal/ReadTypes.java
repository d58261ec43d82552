package io.payflow.platform.policies.internal;

import java.util.Set;

/** For tests outside this package: the resource types the adapters turn into facts. */
public final class ReadTypes {
  private ReadTypes() {}

  public static Set<String> ofAdapters() {
    return TerraformFacts.READ_TYPES;
  }
}
