package io.payflow.platform.iac.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * jsii 1.x races its own shutdown hook against the thread that copies Node's stderr, and prints
 * "Unexpected error in background thread ... ErrorStreamSink: NullPointerException" as the JVM
 * exits after a successful synth. That one message is dropped; everything else passes through.
 */
public final class JsiiShutdownNoise {
  private static final String NOISE_FORMAT = "Unexpected error in background thread";
  private static final String NOISE_THREAD = "software.amazon.jsii.JsiiRuntime.ErrorStreamSink";
  private static boolean installed;

  private JsiiShutdownNoise() {}

  public static synchronized void filterStderr() {
    if (!installed) {
      System.setErr(new Filter(System.err));
      installed = true;
    }
  }

  /** Passes everything to the original stream except jsii's shutdown-race message. */
  private static final class Filter extends PrintStream {
    Filter(PrintStream original) {
      super(original, true, StandardCharsets.UTF_8);
    }

    @Override
    public PrintStream format(String format, Object... args) {
      boolean noise =
          format != null
              && format.startsWith(NOISE_FORMAT)
              && args.length > 0
              && NOISE_THREAD.equals(args[0]);
      return noise ? this : super.format(format, args);
    }
  }
}
