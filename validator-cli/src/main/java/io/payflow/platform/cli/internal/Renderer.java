package io.payflow.platform.cli.internal;

import java.io.PrintWriter;

/** One output format over one immutable outcome. */
interface Renderer {
  void render(Outcome outcome, PrintWriter out) throws Exception;
}
