package io.payflow.platform.policies.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/** Threads of the engine's own pools: named for thread dumps, and never keeping the JVM alive. */
final class DaemonThreads {
  private DaemonThreads() {}

  /**
   * What {@code task} made, once it is done; what it threw, as it threw it, so that a bug on the
   * other thread is the same bug on this one. {@code what} names the work if this thread is
   * interrupted.
   */
  static <T> T joined(Future<T> task, String what) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException bug) {
        throw bug;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(what + " failed", e.getCause());
    }
  }

  static ThreadFactory named(String name) {
    return r -> {
      Thread thread = new Thread(r, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
