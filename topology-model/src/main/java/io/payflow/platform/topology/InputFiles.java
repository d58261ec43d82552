package io.payflow.platform.topology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way the toolkit opens a file a user (or a pull request) gave it: regular files only (a
 * FIFO, a device or {@code /dev/zero} behind a link is refused before it is opened), at most the
 * size of its kind, read with that bound even if the file grows, decoded as strict UTF-8 without
 * NUL bytes. Every command reads every input kind through here, with the same limits.
 */
public final class InputFiles {
  /** What a file is read as, and the most it may hold. */
  public enum Kind {
    /** A topology is a few kilobytes; its YAML scanner is not linear in long scalars. */
    TOPOLOGY(1L << 20),
    /**
     * Plans and Terraform JSON: a 30,000-resource plan is 15 to 60 MB; the heap (2 GB) holds 128
     * MB.
     */
    TERRAFORM(128L << 20),
    /** {@code cdktf.out/manifest.json}. */
    MANIFEST(1L << 20),
    /** {@code .payflow.yaml}. */
    CONFIG(256L << 10),
    /** A user policy bundle ({@code .tar.gz} or {@code .wasm}). */
    BUNDLE(64L << 20);

    private final long maxBytes;

    Kind(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    public long maxBytes() {
      return maxBytes;
    }
  }

  /**
   * How much one read call asks for. Reading into a heap array through a channel copies through a
   * temporary direct buffer as large as the call, and the JDK keeps that buffer for the thread: one
   * call for a whole 35 MB plan held 35 MB of native memory to the end of the run.
   */
  static final int READ_CHUNK = 1 << 20;

  private InputFiles() {}

  /** The bytes of a regular file of at most {@code kind.maxBytes()}. */
  public static byte[] bytes(Path path, String name, Kind kind) throws TopologyLoadException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw error(name, "is a directory (expected a file)");
      }
      if (!attributes.isRegularFile()) {
        throw error(name, "is not a regular file (a FIFO, socket or device cannot be an input)");
      }
      if (attributes.size() > kind.maxBytes()) {
        throw tooLarge(name, attributes.size(), kind);
      }
      try (InputStream in = Files.newInputStream(path)) {
        // Into an array of the size just measured (a 15 MB plan was gathered in chunks and copied);
        // a file that grew since is read on with the same bound, one that shrank is cut.
        byte[] bytes = new byte[(int) attributes.size()];
        int read = readChunked(in, bytes);
        byte[] more = in.readNBytes((int) (kind.maxBytes() - read + 1));
        if (more.length == 0) {
          return read == bytes.length ? bytes : Arrays.copyOf(bytes, read);
        }
        if ((long) read + more.length > kind.maxBytes()) {
          throw tooLarge(name, (long) read + more.length, kind);
        }
        byte[] all = Arrays.copyOf(bytes, read + more.length);
        System.arraycopy(more, 0, all, read, more.length);
        return all;
      }
    } catch (NoSuchFileException e) {
      throw error(name, "file not found");
    } catch (IOException e) {
      throw error(name, "cannot be read (" + reason(e) + ")");
    }
  }

  /** Fills {@code bytes} from {@code in}, {@link #READ_CHUNK} at a time; how many were read. */
  private static int readChunked(InputStream in, byte[] bytes) throws IOException {
    int read = 0;
    while (read < bytes.length) {
      int n = in.read(bytes, read, Math.min(READ_CHUNK, bytes.length - read));
      if (n < 0) {
        break;
      }
      read += n;
    }
    return read;
  }

  /** The text of a regular file: bounded, strict UTF-8, no NUL byte. */
  public static String text(Path path, String name, Kind kind) throws TopologyLoadException {
    return read(path, name, kind).text();
  }

  /** As {@link #text}, the text made only when asked if the file is ASCII ({@link Content}). */
  public static Content read(Path path, String name, Kind kind) throws TopologyLoadException {
    byte[] bytes = bytes(path, name, kind);
    if (bytes.length == 0) {
      throw error(name, "file is empty (expected a topology, a plan or Terraform JSON)");
    }
    int scan = AsciiScan.of(bytes);
    return scan != AsciiScan.NOT_ASCII
        ? new Content(bytes, null, scan == AsciiScan.ASCII_MAY_ESCAPE_SURROGATES)
        : Content.of(TopologyLoader.decode(name, bytes));
  }

  /**
   * A file's checked content: the bytes it was read from when every one is ASCII (byte and
   * character offsets then agree, so a parser may read the bytes, and the text is made only when
   * something asks for it), else its text. A large plan is ASCII: read from its bytes, its 15-35 MB
   * are held once, not twice.
   */
  public static final class Content {
    private final byte[] ascii;
    private String text;
    private final boolean asciiMayEscapeSurrogates;

    private Content(byte[] ascii, String text, boolean asciiMayEscapeSurrogates) {
      this.ascii = ascii;
      this.text = text;
      this.asciiMayEscapeSurrogates = asciiMayEscapeSurrogates;
    }

    /** Content that is text already (a test's, or one built in memory). */
    public static Content of(String text) {
      return new Content(null, java.util.Objects.requireNonNull(text, "text"), false);
    }

    /** The bytes when every one is ASCII, else null. */
    public byte[] ascii() {
      return ascii;
    }

    /** The text, made from the ASCII bytes at the first call. */
    public synchronized String text() {
      if (text == null) {
        text = new String(ascii, java.nio.charset.StandardCharsets.US_ASCII);
      }
      return text;
    }

    /** The character at {@code index}, without making the text of ASCII content. */
    public char charAt(int index) {
      return ascii != null ? (char) ascii[index] : text.charAt(index);
    }

    /**
     * Whether it may hold a string escaping half a surrogate pair alone ({@link
     * EscapedSurrogates#mayHold}; ASCII bytes were looked at as they were checked); a parser's
     * strings then tell.
     */
    public boolean mayEscapeSurrogates() {
      return ascii != null ? asciiMayEscapeSurrogates : EscapedSurrogates.mayHold(text);
    }

    /** Its length in characters (for ASCII, in bytes: the same). */
    public int length() {
      return ascii != null ? ascii.length : text.length();
    }
  }

  /** {@code file} resolved inside {@code dir}, never outside it, links followed. */
  public static Path inside(Path dir, Path file, String name) throws TopologyLoadException {
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(dir.toRealPath())) {
        throw error(name, "leaves its directory (a link to a file outside it is not read)");
      }
      return real;
    } catch (NoSuchFileException e) {
      throw error(name, "file not found");
    } catch (IOException e) {
      throw error(name, "cannot be read (" + reason(e) + ")");
    }
  }

  private static TopologyLoadException tooLarge(String name, long size, Kind kind) {
    return error(
        name,
        "file is "
            + size
            + " bytes, over the "
            + kind.maxBytes()
            + "-byte limit for a "
            + kind.name().toLowerCase(java.util.Locale.ROOT)
            + " file");
  }

  private static String reason(IOException e) {
    String type = e.getClass().getSimpleName();
    if (type.equals("AccessDeniedException")) {
      return "permission denied";
    }
    if (type.equals("FileSystemLoopException")) {
      return "a loop of links";
    }
    return "an I/O error";
  }

  private static TopologyLoadException error(String name, String message) {
    return new TopologyLoadException(name, 0, 0, "", message, null);
  }
}
