package io.payflow.platform.topology;

import io.payflow.platform.topology.internal.TopologyCodec;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Loads a topology from YAML or JSON (told apart by content) with precise error positions. */
public final class TopologyLoader {
  /** A topology is a few kilobytes; anything this large is a mistake or an attack. */
  public static final long MAX_FILE_BYTES = InputFiles.Kind.TOPOLOGY.maxBytes();

  /**
   * The longest line of a YAML topology: SnakeYAML scans a long plain scalar in quadratic time, so
   * a line no topology has (a megabyte of one name) is refused before it is scanned.
   */
  public static final int MAX_YAML_LINE_CHARS = 8 * 1024;

  private TopologyLoader() {}

  public static Topology load(Path file) throws TopologyLoadException {
    String name = file.toString();
    return parse(InputFiles.text(file, name, InputFiles.Kind.TOPOLOGY), name);
  }

  /** Parses topology text; {@code sourceName} is what error messages call the file. */
  public static Topology parse(String content, String sourceName) throws TopologyLoadException {
    if (content.length() > MAX_FILE_BYTES) {
      throw new TopologyLoadException(
          sourceName,
          0,
          0,
          "",
          "is "
              + content.length()
              + " characters, over the "
              + MAX_FILE_BYTES
              + "-byte limit for a topology file",
          null);
    }
    if (!TopologyCodec.looksLikeJson(content)) {
      int line = 1;
      int start = 0;
      for (int i = 0; i <= content.length(); i++) {
        if (i == content.length() || content.charAt(i) == '\n') {
          if (i - start > MAX_YAML_LINE_CHARS) {
            throw new TopologyLoadException(
                sourceName,
                line,
                1,
                "",
                "line "
                    + line
                    + " is "
                    + (i - start)
                    + " characters long, over the "
                    + MAX_YAML_LINE_CHARS
                    + " a topology line may have",
                null);
          }
          line++;
          start = i + 1;
        }
      }
    }
    return TopologyCodec.read(content, sourceName);
  }

  /**
   * Where a document path ({@code environments[1].vpc.cidr}) stands in topology text, or the
   * nearest enclosing object that exists; empty when the text cannot be streamed.
   */
  public static java.util.Optional<SourcePosition> position(String content, String path) {
    return TopologyCodec.position(content, path);
  }

  /** Decodes UTF-8 strictly and refuses NUL bytes: binary garbage is not a topology. */
  public static String decode(String name, byte[] bytes) throws TopologyLoadException {
    if (asciiWithoutNul(bytes)) {
      // Most inputs: one pass over the bytes, no intermediate buffer of twice the file's size
      // (a 15 MB plan's took 60-90 ms and fed the collector 30 MB).
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        throw new TopologyLoadException(
            name,
            0,
            0,
            "",
            "contains a NUL byte at offset " + nul + " (expected YAML or JSON text)",
            null);
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new TopologyLoadException(name, 0, 0, "", "is not UTF-8 text (save it as UTF-8)", e);
    }
  }

  /** ASCII without NUL: valid UTF-8 as it stands ({@link AsciiScan}). */
  static boolean asciiWithoutNul(byte[] bytes) {
    return AsciiScan.of(bytes) != AsciiScan.NOT_ASCII;
  }
}
