package io.payflow.platform.topology;

/**
 * A topology file that cannot be loaded. Carries the position so the CLI can print one line, {@code
 * file:line:column: path: what is wrong}, and never a stack trace.
 */
public final class TopologyLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String reason;

  public TopologyLoadException(
      String file, int line, int column, String path, String reason, Throwable cause) {
    super(format(file, line, column, path, reason), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = path;
    this.reason = reason;
  }

  private static String format(String file, int line, int column, String path, String reason) {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (path != null && !path.isEmpty()) {
      text.append(path.length() > 200 ? path.substring(0, 200) + "…" : path).append(": ");
    }
    return ParseMessages.oneLine(text.append(reason).toString());
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The path in the document, such as {@code environments[1].vpc.cidr}; empty for the root. */
  public String path() {
    return path;
  }

  public String reason() {
    return reason;
  }
}
