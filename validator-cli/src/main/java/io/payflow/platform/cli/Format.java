package io.payflow.platform.cli;

import io.payflow.platform.cli.internal.GithubRenderer;
import io.payflow.platform.cli.internal.HtmlRenderer;
import io.payflow.platform.cli.internal.JsonRenderer;
import io.payflow.platform.cli.internal.JunitRenderer;
import io.payflow.platform.cli.internal.MarkdownRenderer;
import io.payflow.platform.cli.internal.SarifRenderer;
import io.payflow.platform.cli.internal.SourceRoot;
import io.payflow.platform.cli.internal.TextRenderer;

/** The output formats of a gate's outcome: what {@code payflow validate --format} offers. */
public enum Format {
  text,
  json,
  sarif,
  junit,
  github,
  markdown,
  html;

  /**
   * The renderer of this format. {@code color} colours text on a terminal; {@code root} is the
   * repository root that SARIF paths are relative to (null: the enclosing git checkout).
   */
  public Renderer renderer(boolean color, java.nio.file.Path root) {
    return rendererAt(color, SourceRoot.of(root));
  }

  private Renderer rendererAt(boolean color, SourceRoot root) {
    return switch (this) {
      case text -> new TextRenderer(color);
      case json -> new JsonRenderer();
      case sarif -> new SarifRenderer(root);
      case junit -> new JunitRenderer();
      case github -> new GithubRenderer();
      case markdown -> new MarkdownRenderer();
      case html -> new HtmlRenderer();
    };
  }
}
