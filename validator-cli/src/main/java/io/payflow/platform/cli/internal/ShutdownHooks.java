package io.payflow.platform.cli.internal;

/**
 * Whether this process has shutdown hooks to run, so must end through {@code System.exit}: after
 * synthesis, whose jsii runtime stops its Node.js process from one. Other commands register none
 * and end through {@code Runtime.halt}. (Kept apart from {@link SynthRunner}, whose loading would
 * load iac's classes and open its jars on every run.)
 */
public final class ShutdownHooks {
  private static volatile boolean registered;

  private ShutdownHooks() {}

  /** Called before anything that may register a shutdown hook runs. */
  static void expect() {
    registered = true;
  }

  /** True when the process must end through {@code System.exit}. */
  public static boolean expected() {
    return registered;
  }
}
