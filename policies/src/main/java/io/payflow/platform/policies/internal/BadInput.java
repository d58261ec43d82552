package io.payflow.platform.policies.internal;

/**
 * Raised deep in an adapter for input that is well-formed JSON but wrong where it is read: the path
 * (in fact-path notation, so the reader can give line and column) and what was expected.
 */
final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String path;

  BadInput(String path, String what) {
    super(what, null, false, false);
    this.path = path;
  }

  String path() {
    return path;
  }
}
