package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.TopologyLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Reads policy Wasm: the built-in one from the classpath, a user's from a bundle or a file. */
public final class BundleFiles {
  static final String BUNDLE = "/io/payflow/platform/policies/bundle/";
  private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

  private BundleFiles() {}

  public static byte[] builtInWasm() throws PolicyEvaluationException {
    return resource("policy.wasm");
  }

  static byte[] resource(String name) throws PolicyEvaluationException {
    try (InputStream in = BundleFiles.class.getResourceAsStream(BUNDLE + name)) {
      if (in == null) {
        throw new PolicyEvaluationException(
            "built-in policy bundle is missing " + name + " (rebuild with tools/build-policies.sh)",
            null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new PolicyEvaluationException(
          "cannot read built-in " + name + ": " + e.getMessage(), e);
    }
  }

  /** A {@code .wasm} file as is, or {@code /policy.wasm} out of an {@code opa build} tarball. */
  public static byte[] readUserBundle(Path path) throws PolicyEvaluationException {
    byte[] bytes;
    try {
      bytes = InputFiles.bytes(path, path.toString(), InputFiles.Kind.BUNDLE);
    } catch (TopologyLoadException e) {
      throw new PolicyEvaluationException("policy bundle " + e.getMessage(), e);
    }
    if (startsWith(bytes, WASM_MAGIC)) {
      return bytes;
    }
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      return policyWasmFromTarball(path, bytes);
    }
    throw new PolicyEvaluationException(
        path + ": not a policy bundle (expected `opa build -t wasm` output: a .tar.gz or a .wasm)",
        null);
  }

  /**
   * {@code policy.wasm} out of the gzipped tarball, read with Commons Compress; what it unpacks is
   * bounded like the bundle itself, so a compression bomb stops at the limit.
   */
  private static byte[] policyWasmFromTarball(Path path, byte[] gzipped)
      throws PolicyEvaluationException {
    long limit = InputFiles.Kind.BUNDLE.maxBytes();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)))) {
      long unpacked = 0;
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        unpacked += entry.getSize();
        if (entry.getSize() > limit || unpacked > limit) {
          break;
        }
        String name = entry.getName();
        if (entry.isFile() && (name.equals("/policy.wasm") || name.equals("policy.wasm"))) {
          return tar.readNBytes((int) entry.getSize());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new PolicyEvaluationException(
          path + ": policy bundle is not a readable .tar.gz (rebuild it with `opa build -t wasm`)",
          e);
    }
    throw new PolicyEvaluationException(
        path + ": bundle has no policy.wasm (build it with `opa build -t wasm -e <entrypoint>`)",
        null);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
