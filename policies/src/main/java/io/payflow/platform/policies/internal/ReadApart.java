package io.payflow.platform.policies.internal;

import io.payflow.platform.topology.PricingCatalog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * What the main loop of a large input's facts can leave to another thread, as it depends on nothing
 * that loop builds: the security groups (their ingress rules are the largest part of a large
 * estate's facts: 6,000 of the 40,000 facts of 28,380 resources) and the prices of the first half
 * of the resources. Both are read into a builder of their own and added in the order one thread
 * would have read them, and of two errors the one a single thread would have met first is given.
 */
final class ReadApart {
  /** From this many resources on (fewer are read in the loop; tests lower it). */
  static int from = 2_000;

  private final List<TfResource> resources;
  private final boolean[] groups;
  private final Function<TfResource, String> environment;
  private final Map<String, Integer> hours;
  private final Linker linker;
  private final FactsBuilder builder = new FactsBuilder("read apart");
  private final TerraformCosts costs;
  private final FutureTask<Void> task = new FutureTask<>(this::read, null);

  /**
   * The resources priced here: the first half; the main loop prices the rest. All of them here kept
   * the main loop waiting (28,380 resources: it ended 40-60 ms before this thread); a half each
   * ends them within 15 ms of each other (the facts' reading 399 -> 348 ms, medians of 14
   * alternating with every resource read on one thread).
   */
  private final int priced;

  /** This thread's first error and its step; read after the task is joined. */
  private BadInput failed;

  private long failedAt = FactsBuilder.LAST_STEP;

  private ReadApart(
      List<TfResource> resources,
      boolean[] groups,
      Function<TfResource, String> environment,
      Map<String, Integer> hours,
      Linker linker,
      PricingCatalog catalog) {
    this.resources = resources;
    this.groups = groups;
    this.environment = environment;
    this.hours = hours;
    this.linker = linker;
    this.costs = new TerraformCosts(catalog, builder, linker);
    this.priced = resources.size() / 2;
  }

  /**
   * Starts reading on another thread; null for an input of fewer than {@link #from} resources. A
   * security group read here is one the main loop would give SecurityGroupFacts: not a data source,
   * and of a known number of instances. The linker, the environments and their hours are complete
   * by now, and only read from here on.
   */
  static ReadApart start(
      List<TfResource> resources,
      Function<TfResource, String> environment,
      Map<String, Integer> hours,
      Linker linker,
      PricingCatalog catalog) {
    if (resources.isEmpty() || resources.size() < from) {
      return null;
    }
    boolean[] groups = new boolean[resources.size()];
    for (int i = 0; i < groups.length; i++) {
      TfResource r = resources.get(i);
      groups[i] = !r.data() && SecurityGroupFacts.TYPES.contains(r.type()) && !Instances.unknown(r);
    }
    ReadApart apart = new ReadApart(resources, groups, environment, hours, linker, catalog);
    DaemonThreads.named("payflow-facts").newThread(apart.task).start();
    return apart;
  }

  /** True for the resource at {@code index} when it is priced here, not in the main loop. */
  boolean pricesOf(int index) {
    return index < priced;
  }

  /** True for the resource at {@code index} when its facts are read here, not in the main loop. */
  boolean readsFactsOf(int index) {
    return groups[index];
  }

  private void read() {
    for (int i = 0; i < groups.length; i++) {
      TfResource r = resources.get(i);
      if (r.data() || !groups[i] && i >= priced) {
        continue;
      }
      String env = environment.apply(r);
      long step = TerraformFacts.step(i, TerraformFacts.MAP);
      try {
        if (groups[i]) {
          builder.step(step);
          new SecurityGroupFacts(r, env, linker, builder).read();
        }
        if (i < priced) {
          step = TerraformFacts.step(i, TerraformFacts.PRICE);
          builder.step(step);
          costs.price(r, env, hours.getOrDefault(env, TerraformFacts.HOURS_A_MONTH));
        }
      } catch (BadInput e) {
        failed = e;
        failedAt = step;
        return;
      }
    }
  }

  /**
   * Waits for this thread and adds what it read to {@code facts}. {@code loopFailed}: the main
   * loop's first error (null if none), at step {@code loopAt}; of it and this thread's, the one met
   * first in a single thread's order is thrown.
   */
  void addTo(FactsBuilder facts, BadInput loopFailed, long loopAt) {
    DaemonThreads.joined(task, "reading facts apart");
    if (failed != null && failedAt < loopAt) {
      throw failed;
    }
    if (loopFailed != null) {
      throw loopFailed;
    }
    facts.addReadApart(builder);
  }
}
