package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every limit of the one file reader, just under and just over, and what it refuses to open. */
class InputFilesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(InputFiles.Kind.class)
  void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefused(InputFiles.Kind kind) throws Exception {
    Path at = Files.write(dir.resolve("at"), new byte[(int) kind.maxBytes()]);
    assertThat(InputFiles.bytes(at, "at", kind)).hasSize((int) kind.maxBytes());
    Path over = Files.write(dir.resolve("over"), new byte[(int) kind.maxBytes() + 1]);
    assertThatThrownBy(() -> InputFiles.bytes(over, "over", kind))
        .isInstanceOf(TopologyLoadException.class)
        .hasMessage(
            "over: file is "
                + (kind.maxBytes() + 1)
                + " bytes, over the "
                + kind.maxBytes()
                + "-byte limit for a "
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " file");
  }

  /**
   * A large file is read into its array without a native buffer of its size: reading a heap array
   * through a channel in one call copies through a temporary direct buffer of the call's length,
   * which the JDK then keeps for the thread (35 MB of a 35 MB plan's peak). Each size around the
   * chunk boundary reads back the same bytes.
   */
  @Test
  void aLargeFileIsReadWithoutADirectBufferOfItsSize() throws Exception {
    var direct =
        java.lang.management.ManagementFactory.getPlatformMXBeans(
                java.lang.management.BufferPoolMXBean.class)
            .stream()
            .filter(p -> p.getName().equals("direct"))
            .findFirst()
            .orElseThrow();
    byte[] content = new byte[24 << 20];
    new java.util.Random(7).nextBytes(content);
    for (int size :
        new int[] {
          content.length,
          InputFiles.READ_CHUNK - 1,
          InputFiles.READ_CHUNK,
          InputFiles.READ_CHUNK + 1,
          3 * InputFiles.READ_CHUNK
        }) {
      Path file = Files.write(dir.resolve("large-" + size), java.util.Arrays.copyOf(content, size));
      long[] grown = new long[1];
      byte[][] read = new byte[1][];
      // Measured on a thread of its own, before it ends: the JDK keeps temporary direct buffers
      // per thread and frees them when the thread ends.
      Thread reader =
          new Thread(
              () -> {
                long before = direct.getTotalCapacity();
                try {
                  read[0] = InputFiles.bytes(file, "large", InputFiles.Kind.TERRAFORM);
                } catch (TopologyLoadException e) {
                  throw new IllegalStateException(e);
                }
                grown[0] = direct.getTotalCapacity() - before;
              });
      reader.start();
      reader.join();
      assertThat(read[0]).as("size " + size).isEqualTo(java.util.Arrays.copyOf(content, size));
      assertThat(grown[0])
          .as("direct buffer bytes kept for a file of " + size)
          .isLessThanOrEqualTo(InputFiles.READ_CHUNK);
    }
  }

  @Test
  void aFifoIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo not available");
    assertThatThrownBy(() -> InputFiles.bytes(fifo, "fifo", InputFiles.Kind.TERRAFORM))
        .hasMessage("fifo: is not a regular file (a FIFO, socket or device cannot be an input)");
  }

  @Test
  void aLinkToADeviceIsRefused() throws Exception {
    Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> InputFiles.bytes(zero, "zero.json", InputFiles.Kind.TERRAFORM))
        .hasMessage(
            "zero.json: is not a regular file (a FIFO, socket or device cannot be an input)");
  }

  @Test
  void aLinkLeavingTheDirectoryIsRefused() throws Exception {
    Path inner = Files.createDirectories(dir.resolve("out"));
    Path outside = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
    Path link = Files.createSymbolicLink(inner.resolve("stack.json"), outside);
    assertThatThrownBy(() -> InputFiles.inside(inner, link, "out/stack.json"))
        .hasMessage(
            "out/stack.json: leaves its directory (a link to a file outside it is not read)");
  }

  @Test
  void aLongYamlLineIsRefusedBeforeTheScannerSeesIt() {
    String line = "a".repeat(TopologyLoader.MAX_YAML_LINE_CHARS + 1);
    assertThatThrownBy(() -> TopologyLoader.parse("environments:\n  - name: " + line, "t.yaml"))
        .hasMessageContaining(
            "line 2 is 8203 characters long, over the 8192 a topology line may have");
  }

  @Test
  void textIsStrictUtf8WithoutNul() throws Exception {
    Path nul = Files.write(dir.resolve("nul"), "a\0b".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> InputFiles.text(nul, "nul", InputFiles.Kind.CONFIG))
        .hasMessageContaining("contains a NUL byte at offset 1");
  }

  /**
   * A file may hold more than its size said when it was measured (it grew, or it is a kernel file
   * that reports size 0): what follows is read too, within the same limit.
   */
  @Test
  void aFileLongerThanItsMeasuredSizeIsReadWhole() throws Exception {
    Path status = Path.of("/proc/self/status");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(status) && Files.size(status) == 0, "needs Linux's /proc");
    String text = new String(InputFiles.bytes(status, "status", InputFiles.Kind.CONFIG), "UTF-8");
    assertThat(text).startsWith("Name:").contains("\nPid:");
  }

  /** ASCII takes a fast path; everything else the strict decoder: the same verdicts either way. */
  @ParameterizedTest
  @CsvSource({
    "7b2261223a317d, ''",
    "0909410d0a7f, ''",
    "c3a9, ''",
    "f09f9982, ''",
    "41c3, is not UTF-8 text",
    "c080, is not UTF-8 text",
    "eda080, is not UTF-8 text",
    "41ff, is not UTF-8 text",
    "410042, contains a NUL byte at offset 1",
    "c3a900, contains a NUL byte at offset 1",
  })
  void decodingIsStrictOnEveryPath(String hex, String error) throws Exception {
    byte[] bytes = HexFormat.of().parseHex(hex);
    if (error.isEmpty()) {
      assertThat(TopologyLoader.decode("in", bytes))
          .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    } else {
      assertThatThrownBy(() -> TopologyLoader.decode("in", bytes)).hasMessageContaining(error);
    }
  }

  /**
   * A file read for its content gives the same verdicts and text as {@link InputFiles#text}; an
   * ASCII one keeps its bytes (the same characters, byte for byte), any other only its text.
   */
  @ParameterizedTest
  @CsvSource({
    "7b2261223a317d, ascii, ''",
    "0909410d0a7f, ascii, ''",
    "c3a9, text, ''",
    "f09f9982, text, ''",
    "41c3, '', is not UTF-8 text",
    "410042, '', contains a NUL byte at offset 1",
    "'', '', file is empty",
  })
  void contentIsTheBytesOfAnAsciiFileAndTheTextOfAnyOther(String hex, String kind, String error)
      throws Exception {
    byte[] bytes = HexFormat.of().parseHex(hex);
    Path file = Files.write(dir.resolve("in"), bytes);
    if (!error.isEmpty()) {
      assertThatThrownBy(() -> InputFiles.read(file, "in", InputFiles.Kind.TERRAFORM))
          .hasMessageContaining(error);
      return;
    }
    InputFiles.Content content = InputFiles.read(file, "in", InputFiles.Kind.TERRAFORM);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(content.ascii() != null).isEqualTo(kind.equals("ascii"));
    assertThat(content.length()).isEqualTo(text.length());
    for (int i = 0; i < text.length(); i++) {
      assertThat(content.charAt(i)).isEqualTo(text.charAt(i));
    }
    assertThat(content.text()).isEqualTo(text);
    assertThat(InputFiles.text(file, "in", InputFiles.Kind.TERRAFORM)).isEqualTo(text);
  }
}
