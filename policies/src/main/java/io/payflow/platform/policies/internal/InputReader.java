package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.Inputs;
import io.payflow.platform.policies.ModelFacts;
import io.payflow.platform.topology.Topology;
import io.payflow.platform.topology.TopologyLoadException;
import io.payflow.platform.topology.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Decides an input's kind from its content and hands it to the adapter for that kind. */
public final class InputReader {
  private InputReader() {}

  public static Input read(Path path, String name) throws InputException {
    try {
      if (Files.isDirectory(path)) {
        throw new InputException(
            name
                + ": is a directory without a CDKTF manifest.json (expected a topology, a plan or Terraform JSON)",
            null);
      }
      long size = Files.size(path);
      if (size == 0) {
        throw new InputException(
            name + ": file is empty (expected a topology, a plan or Terraform JSON)", null);
      }
      if (size > Inputs.MAX_INPUT_BYTES) {
        throw new InputException(
            name
                + ": file is "
                + size
                + " bytes, over the "
                + Inputs.MAX_INPUT_BYTES
                + "-byte limit",
            null);
      }
      byte[] bytes = Files.readAllBytes(path);
      String text = decode(name, bytes);
      return readTopology(name, text);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": file not found", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static String decode(String name, byte[] bytes) throws InputException {
    try {
      return TopologyLoader.decode(name, bytes);
    } catch (TopologyLoadException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private static Input readTopology(String name, String text) throws InputException {
    try {
      Topology topology = TopologyLoader.parse(text, name);
      return new Input(
          name,
          InputKind.TOPOLOGY,
          ModelFacts.of(topology),
          path -> TopologyLoader.position(text, path));
    } catch (TopologyLoadException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
