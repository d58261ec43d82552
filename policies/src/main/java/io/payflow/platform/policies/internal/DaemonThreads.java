package io.payflow.platform.policies.internal;

import java.util.concurrent.ThreadFactory;

/** Threads of the engine's own pools: named for thread dumps, and never keeping the JVM alive. */
final class DaemonThreads {
  private DaemonThreads() {}

  static ThreadFactory named(String name) {
    return r -> {
      Thread thread = new Thread(r, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
