package io.payflow.platform.topology;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tags that tie a synthesized resource to the topology element that produced it, so that a
 * finding in a plan made from a synthesized stack can point at the topology line a person edits.
 * The synthesizer writes them; the Terraform adapters read them back. AWS tag values allow only
 * letters, digits, spaces and {@code _.:/=+-@}, so a path {@code environments[1].eks} is written
 * {@code environments.1.eks}.
 */
public final class SourceTags {
  /** On each taggable resource: the topology path of the element it comes from. */
  public static final String ELEMENT = "payflow:source";

  /** A provider default tag: the topology file, relative to the repository root. */
  public static final String TOPOLOGY = "payflow:topology";

  private static final Pattern ENCODED = Pattern.compile("[a-z_]+(\\.([a-z_]+|[0-9]{1,5}))*");
  private static final Pattern PATH = Pattern.compile("[a-z_]+(\\.[a-z_]+|\\[[0-9]{1,5}])*");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_.:/=+@ -]{1,256}");

  private SourceTags() {}

  /** {@code environments[1].eks.node_groups[0]} as a tag value. */
  public static String encode(String path) {
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("not a topology path: " + path);
    }
    return path.replace("[", ".").replace("]", "");
  }

  /**
   * The topology path a tag value names, or empty when the value is not one the synthesizer writes.
   */
  public static Optional<String> decode(String value) {
    if (value == null || value.length() > 256 || !ENCODED.matcher(value).matches()) {
      return Optional.empty();
    }
    StringBuilder path = new StringBuilder();
    for (String segment : value.split("\\.")) {
      if (Character.isDigit(segment.charAt(0))) {
        path.append('[').append(Integer.parseInt(segment)).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return Optional.of(path.toString());
  }

  /**
   * A topology file name fit for a tag and for reading back: relative, forward slashes, no {@code
   * ..}; empty when the name cannot be written as a tag value (then no resource is tied to it).
   */
  public static Optional<String> file(String name) {
    if (name == null || !FILE.matcher(name).matches() || name.startsWith("/")) {
      return Optional.empty();
    }
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals("..") || segment.isBlank()) {
        return Optional.empty();
      }
    }
    return Optional.of(name);
  }
}
