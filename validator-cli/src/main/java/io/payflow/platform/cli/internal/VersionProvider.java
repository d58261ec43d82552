package io.payflow.platform.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version and commit the build stamped into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  /**
   * Read when first printed, not when picocli makes this provider on every run: finding the
   * resource opens the class path's jars in turn up to the last, this one's (the 120 MB AWS
   * provider's among them, which a validate run never reads from): 11-14 ms of CPU.
   */
  private static final class Stamp {
    static final Properties PROPERTIES = load();
  }

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
    String version = Stamp.PROPERTIES.getProperty("version", "");
    return version.isEmpty() || version.startsWith("${") ? "development" : version;
  }

  /** The abbreviated commit, or "unknown" outside a git checkout. */
  static String commit() {
    String commit = Stamp.PROPERTIES.getProperty("commit", "");
    return commit.isEmpty() || commit.startsWith("${") ? "unknown" : commit;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"payflow " + version() + " (commit " + commit() + ")"};
  }
}
