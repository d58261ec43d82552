package io.payflow.platform.topology;

import io.payflow.platform.topology.internal.TopologyCodec;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads a topology from YAML or JSON (told apart by content) with precise error positions. */
public final class TopologyLoader {
  /** A topology is a few kilobytes; anything this large is a mistake or an attack. */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private TopologyLoader() {}

  public static Topology load(Path file) throws TopologyLoadException {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new TopologyLoadException(
            name,
            0,
            0,
            "",
            "file is " + size + " bytes (a topology may have at most " + MAX_FILE_BYTES + ")",
            null);
      }
      return parse(decode(name, Files.readAllBytes(file)), name);
    } catch (NoSuchFileException e) {
      throw new TopologyLoadException(name, 0, 0, "", "file not found", e);
    } catch (IOException e) {
      throw new TopologyLoadException(
          name, 0, 0, "", "cannot read file (" + e.getMessage() + ")", e);
    }
  }

  /** Parses topology text; {@code sourceName} is what error messages call the file. */
  public static Topology parse(String content, String sourceName) throws TopologyLoadException {
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
}
