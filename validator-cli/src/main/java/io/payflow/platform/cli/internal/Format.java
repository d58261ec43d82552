package io.payflow.platform.cli.internal;

/** The output formats of {@code validate}. */
enum Format {
  text,
  json,
  sarif,
  junit,
  github,
  markdown;

  Renderer renderer(boolean color, SourceRoot root) {
    return switch (this) {
      case text -> new TextRenderer(color);
      case json -> new JsonRenderer();
      case sarif -> new SarifRenderer(root);
      case junit -> new JunitRenderer();
      case github -> new GithubRenderer();
      case markdown -> new MarkdownRenderer();
    };
  }
}
