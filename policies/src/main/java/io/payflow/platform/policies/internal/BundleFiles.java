package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.PolicyEvaluationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads policy Wasm: the built-in one from the classpath, a user's from a bundle or a file. */
public final class BundleFiles {
  static final String BUNDLE = "/io/payflow/platform/policies/bundle/";
  private static final long MAX_BUNDLE_BYTES = 64L * 1024 * 1024;
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
    try {
      if (Files.size(path) > MAX_BUNDLE_BYTES) {
        throw new PolicyEvaluationException(path + ": policy bundle is larger than 64 MiB", null);
      }
      byte[] bytes = Files.readAllBytes(path);
      if (startsWith(bytes, WASM_MAGIC)) {
        return bytes;
      }
      if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
        return policyWasmFromTarball(path, bytes);
      }
      throw new PolicyEvaluationException(
          path
              + ": not a policy bundle (expected `opa build -t wasm` output: a .tar.gz or a .wasm)",
          null);
    } catch (NoSuchFileException e) {
      throw new PolicyEvaluationException(path + ": policy bundle not found", e);
    } catch (IOException e) {
      throw new PolicyEvaluationException(
          path + ": cannot read policy bundle: " + e.getMessage(), e);
    }
  }

  /** Walks the ustar headers of the gzipped tarball until it meets policy.wasm. */
  private static byte[] policyWasmFromTarball(Path path, byte[] gzipped)
      throws IOException, PolicyEvaluationException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512) {
        String name =
            new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "").strip();
        if (name.isEmpty()) {
          break;
        }
        long size =
            Long.parseLong(
                new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").strip(),
                8);
        if (size > MAX_BUNDLE_BYTES) {
          break;
        }
        byte[] content = in.readNBytes((int) size);
        in.skipNBytes((512 - size % 512) % 512);
        if (name.equals("/policy.wasm") || name.equals("policy.wasm")) {
          return content;
        }
      }
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
