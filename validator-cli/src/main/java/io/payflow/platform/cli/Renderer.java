package io.payflow.platform.cli;

import java.io.PrintWriter;

/** One output format over one immutable outcome. */
public interface Renderer {
  /** Writes {@code outcome} to {@code out}. */
  void render(Outcome outcome, PrintWriter out) throws Exception;
}
