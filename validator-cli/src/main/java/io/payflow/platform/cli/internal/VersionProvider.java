package io.payflow.platform.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version and commit the build stamped into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  private static final Properties STAMP = load();

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/io/payflow/platform/cli/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // No stamp: a run from unbuilt sources says "development".
    }
    return properties;
  }

  /** {@code 0.1.0}, or "development" when the build did not stamp one. */
  static String version() {
    String version = STAMP.getProperty("version", "");
    return version.isEmpty() || version.startsWith("${") ? "development" : version;
  }

  /** The abbreviated commit, or "unknown" outside a git checkout. */
  static String commit() {
    String commit = STAMP.getProperty("commit", "");
    return commit.isEmpty() || commit.startsWith("${") ? "unknown" : commit;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"payflow " + version() + " (commit " + commit() + ")"};
  }
}
