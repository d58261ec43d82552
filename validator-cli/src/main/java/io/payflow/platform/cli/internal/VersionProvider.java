package io.payflow.platform.cli.internal;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"payflow " + (version == null ? "development" : version)};
  }
}
