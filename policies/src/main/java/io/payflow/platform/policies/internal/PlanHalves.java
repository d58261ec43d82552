package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A large plan bound on two cores. Binding was the largest part of reading a plan, on one core
 * while the other waited. Here the caller's thread binds the document with its {@code
 * resource_changes} emptied and the keys it does not read set to 0, and the earlier part of the
 * changes; a thread of its own binds the later part and parses the unread values (a plan's {@code
 * prior_state} and {@code planned_values}: every resource again, twice), which must still be JSON
 * as strict as the rest. Each part goes to Jackson as a document of its own ({@code [} + the later
 * elements; the earlier elements + {@code ]}), bound by the same mapper with the same checks, from
 * the file's bytes, never copied. Any failure anywhere answers null, and the caller binds the plan
 * whole: every error is the one a whole binding gives, at its line and column.
 */
final class PlanHalves {
  /** From this size on (a plan of about 8,000 resources); below it, a thread costs more. */
  static final int FROM_BYTES = 4 << 20;

  /** The top-level keys {@link PlanJson} binds (the others are only parsed). */
  static final Set<String> BOUND =
      Set.of(
          "format_version",
          "resource_changes",
          "configuration",
          "variables",
          "errored",
          "complete",
          "deferred_changes");

  /**
   * Cost of a byte against one of a change (async-profiler, 28,380 resources): the configuration is
   * parsed into a tree on this thread, then bound again from it, indexed and searched for constants
   * while the other thread works; an unread value is only tokenized. With these the two threads'
   * parts end within 0.03 s of each other, as Terraform writes a plan and without its extra keys.
   */
  private static final double CONFIGURATION_WEIGHT = 2.5;

  private static final double UNREAD_WEIGHT = 0.5;

  private static final byte[] OPEN = {'['};
  private static final byte[] CLOSE = {']'};
  private static final byte[] ZERO = {'0'};

  private PlanHalves() {}

  /** The readers, each made on first use (the other thread makes its own meanwhile). */
  private static final class Changes {
    static final ObjectReader READER =
        StrictJson.reader(
            StrictJson.types().constructCollectionType(List.class, PlanJson.ResourceChange.class));
  }

  private static final class Rest {
    static final ObjectReader READER =
        StrictJson.reader(StrictJson.types().constructType(PlanJson.class));
  }

  /** The layout of a plan to bind in parts, or null: not ASCII, too small, one core, no layout. */
  static PlanLayout layout(byte[] ascii) {
    return Runtime.getRuntime().availableProcessors() < 2 ? null : layout(ascii, FROM_BYTES);
  }

  /** As {@link #layout(byte[])}, from {@code fromBytes} on; for tests of small documents. */
  static PlanLayout layout(byte[] ascii, int fromBytes) {
    return ascii == null || ascii.length < fromBytes ? null : PlanLayout.of(ascii, BOUND);
  }

  /** The plan of that layout bound in parts, or null if any part failed. */
  static PlanJson bind(byte[] ascii, PlanLayout layout) {
    Started started = start(ascii, layout);
    return started == null ? null : started.join();
  }

  /**
   * Binds the rest of the document and the earlier changes on this thread while another binds the
   * later ones; null if this thread's part failed. The caller may work on the rest (the
   * configuration) before it {@linkplain Started#join joins} the other thread.
   */
  static Started start(byte[] ascii, PlanLayout layout) {
    int split = split(layout, ascii.length);
    FutureTask<List<PlanJson.ResourceChange>> later =
        new FutureTask<>(() -> laterPart(ascii, layout, split));
    DaemonThreads.named("payflow-reading").newThread(later).start();
    try {
      PlanJson rest = Rest.READER.readValue(restOf(ascii, layout));
      List<PlanJson.ResourceChange> earlier =
          split == 0
              ? List.of()
              : Changes.READER.readValue(
                  new SequenceInputStream(
                      new ByteArrayInputStream(
                          ascii, layout.open, layout.end(split - 1) - layout.open),
                      new ByteArrayInputStream(CLOSE)));
      return rest == null || earlier == null ? null : new Started(rest, earlier, later);
    } catch (IOException | RuntimeException e) {
      await(later);
      return null;
    }
  }

  /** The document without its changes, the earlier changes, and the later ones coming. */
  record Started(
      PlanJson rest,
      List<PlanJson.ResourceChange> earlier,
      FutureTask<List<PlanJson.ResourceChange>> later) {

    /** The whole plan once the other thread is done; null if its part failed. */
    PlanJson join() {
      List<PlanJson.ResourceChange> laterChanges = await(later);
      if (laterChanges == null) {
        return null;
      }
      List<PlanJson.ResourceChange> all = new ArrayList<>(earlier.size() + laterChanges.size());
      all.addAll(earlier);
      all.addAll(laterChanges);
      return new PlanJson(
          rest.formatVersion(),
          all,
          rest.configuration(),
          rest.variables(),
          rest.errored(),
          rest.complete(),
          rest.deferredChanges());
    }
  }

  /**
   * The first element of the later part: the two threads' shares of the work about equal, by the
   * bytes each parses, weighted.
   */
  static int split(PlanLayout layout, int length) {
    int array = layout.close - layout.open;
    int unread = 0;
    for (int i = 0; i < layout.unread.length; i += 2) {
      unread += layout.unread[i + 1] - layout.unread[i];
    }
    double rest = length - array - unread - layout.configuration;
    double caller = rest + CONFIGURATION_WEIGHT * layout.configuration;
    double other = UNREAD_WEIGHT * unread;
    double earlier = Math.max(0, Math.min(array, (other + array - caller) / 2));
    return layout.elementFrom(layout.open + (int) earlier);
  }

  /** The later elements, after checking the unread values; null if any part fails. */
  private static List<PlanJson.ResourceChange> laterPart(
      byte[] ascii, PlanLayout layout, int split) {
    try {
      for (int i = 0; i < layout.unread.length; i += 2) {
        parseOnly(ascii, layout.unread[i], layout.unread[i + 1]);
      }
      if (split == layout.elements()) {
        return List.of();
      }
      int from = layout.start(split);
      return Changes.READER.readValue(
          new SequenceInputStream(
              new ByteArrayInputStream(OPEN),
              new ByteArrayInputStream(ascii, from, layout.close + 1 - from)));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Parses one value with the binding's checks (duplicate keys, bounds), keeping nothing. */
  private static void parseOnly(byte[] ascii, int from, int to) throws IOException {
    try (JsonParser parser = StrictJson.parser(ascii, from, to - from)) {
      if (parser.nextToken() == null) {
        throw new IOException("no value");
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        throw new IOException("more than one value");
      }
    }
  }

  /** Bytes {@code [from, to)} left out of the rest of the document, or replaced by {@code 0}. */
  private record Cut(int from, int to, boolean zero) {}

  /** The document without the changes' elements, and with 0 for each unread value. */
  private static InputStream restOf(byte[] ascii, PlanLayout layout) {
    List<Cut> cuts = new ArrayList<>();
    cuts.add(new Cut(layout.open + 1, layout.close, false));
    for (int i = 0; i < layout.unread.length; i += 2) {
      cuts.add(new Cut(layout.unread[i], layout.unread[i + 1], true));
    }
    cuts.sort(java.util.Comparator.comparingInt(Cut::from));
    List<InputStream> pieces = new ArrayList<>();
    int at = 0;
    for (Cut cut : cuts) {
      pieces.add(new ByteArrayInputStream(ascii, at, cut.from() - at));
      if (cut.zero()) {
        pieces.add(new ByteArrayInputStream(ZERO));
      }
      at = cut.to();
    }
    pieces.add(new ByteArrayInputStream(ascii, at, ascii.length - at));
    return new SequenceInputStream(Collections.enumeration(pieces));
  }

  private static List<PlanJson.ResourceChange> await(
      FutureTask<List<PlanJson.ResourceChange>> later) {
    try {
      return later.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      return null;
    }
  }
}
