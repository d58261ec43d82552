package io.payflow.platform.policies.internal;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The security groups of a large input, read on another thread while the main loop reads every
 * other resource: their ingress rules are the largest part of a large estate's facts (6,000 of the
 * 40,000 facts of 28,380 resources, a third of the facts' reading), and they depend on nothing the
 * main loop builds. They are read into a builder of their own and added in the order one thread
 * would have read them, and of two errors the one a single thread would have met first is given.
 */
final class SecurityGroupsApart {
  /** From this many security-group resources on (fewer are read in the loop; tests lower it). */
  static int from = 500;

  private final List<TfResource> resources;
  private final boolean[] apart;
  private final Function<TfResource, String> environment;
  private final Linker linker;
  private final FactsBuilder builder = new FactsBuilder("security groups");
  private final FutureTask<Void> task = new FutureTask<>(this::read, null);

  /** This thread's first error and its step; read after the task is joined. */
  private BadInput failed;

  private long failedAt = FactsBuilder.LAST_STEP;

  private SecurityGroupsApart(
      List<TfResource> resources,
      boolean[] apart,
      Function<TfResource, String> environment,
      Linker linker) {
    this.resources = resources;
    this.apart = apart;
    this.environment = environment;
    this.linker = linker;
  }

  /**
   * Starts reading the input's security groups on another thread; null when it has fewer than
   * {@link #from}. Each is one the main loop would give SecurityGroupFacts: not a data source, and
   * of a known number of instances. The linker and the environments are complete by now, and only
   * read from here on.
   */
  static SecurityGroupsApart start(
      List<TfResource> resources, Function<TfResource, String> environment, Linker linker) {
    boolean[] apart = new boolean[resources.size()];
    int count = 0;
    for (int i = 0; i < apart.length; i++) {
      TfResource r = resources.get(i);
      if (!r.data() && SecurityGroupFacts.TYPES.contains(r.type()) && !Instances.unknown(r)) {
        apart[i] = true;
        count++;
      }
    }
    if (count == 0 || count < from) {
      return null;
    }
    SecurityGroupsApart groups = new SecurityGroupsApart(resources, apart, environment, linker);
    DaemonThreads.named("payflow-facts").newThread(groups.task).start();
    return groups;
  }

  /** True for the resource at {@code index} when it is read here, not in the main loop. */
  boolean reads(int index) {
    return apart[index];
  }

  private void read() {
    for (int i = 0; i < apart.length; i++) {
      if (apart[i]) {
        TfResource r = resources.get(i);
        long step = TerraformFacts.step(i, TerraformFacts.MAP);
        builder.step(step);
        try {
          new SecurityGroupFacts(r, environment.apply(r), linker, builder).read();
        } catch (BadInput e) {
          failed = e;
          failedAt = step;
          return;
        }
      }
    }
  }

  /**
   * Waits for the security groups and adds their facts to {@code facts}. {@code loopFailed}: the
   * main loop's first error (null if none), at step {@code loopAt}; of it and this thread's, the
   * one met first in a single thread's order is thrown.
   */
  void addTo(FactsBuilder facts, BadInput loopFailed, long loopAt) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading security groups", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException bug) {
        throw bug;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("security groups could not be read", e.getCause());
    }
    if (failed != null && failedAt < loopAt) {
      throw failed;
    }
    if (loopFailed != null) {
      throw loopFailed;
    }
    facts.addSecurityGroups(builder);
  }
}
