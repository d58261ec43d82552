package io.payflow.platform.policies.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One instance of the bundled policy, made on another thread before anything asks for it: on Java
 * 17 a pre-commit hook's command line takes about as long to parse (picocli's model of it, by
 * reflection) as the instance takes to make, and the two overlap. Taken once: the next instance is
 * made when asked for. An instance that could not be made ahead is made again when asked for, so it
 * fails there as it would have (with the same message), never with what the other thread saw.
 */
final class InstanceAhead {
  private static final AtomicReference<CompletableFuture<OpaAbiHost>> AHEAD =
      new AtomicReference<>();

  private InstanceAhead() {}

  /** Starts making one instance with {@code make}, unless one is already on its way. */
  static void start(Supplier<OpaAbiHost> make) {
    CompletableFuture<OpaAbiHost> ahead = new CompletableFuture<>();
    if (!AHEAD.compareAndSet(null, ahead)) {
      return;
    }
    DaemonThreads.named("payflow-policy-ahead")
        .newThread(
            () -> {
              try {
                ahead.complete(make.get());
              } catch (RuntimeException | Error e) {
                ahead.complete(null);
              }
            })
        .start();
  }

  /**
   * The instance made ahead, waiting for it if it is not ready; else (or once taken) {@code
   * make}'s.
   */
  static OpaAbiHost takeOr(Supplier<OpaAbiHost> make) {
    CompletableFuture<OpaAbiHost> ahead = AHEAD.getAndSet(null);
    OpaAbiHost host = ahead == null ? null : ahead.join();
    return host != null ? host : make.get();
  }
}
