package io.payflow.platform.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A report written honestly: to a temporary file beside the target, then moved into place, so a
 * reader never sees half a report and concurrent runs never mix theirs. A target that exists and is
 * not a regular file (a device such as {@code /dev/full}, a FIFO) is refused; a write that fails is
 * an error (exit 2), never "written".
 */
final class ReportFile {
  private ReportFile() {}

  /** What renders the report into the file. */
  interface Body {
    void write(PrintWriter out) throws Exception;
  }

  static void write(Path target, Body render) throws Exception {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserError(
          Printable.line(target.toString())
              + ": cannot write the report there (it exists and is not a regular file)",
          null);
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
      try (PrintWriter out =
          new PrintWriter(
              new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
        render.write(out);
        out.flush();
        if (out.checkError()) {
          throw new IOException("the write failed");
        }
      }
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UserError(
          Printable.line(target.toString()) + ": cannot write the report (" + reason(e) + ")", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The temporary file is ours and hidden; nothing else to do.
        }
      }
    }
  }

  /** A temporary file is private; a report is as readable as any file the user writes. */
  private static void readableByOthers(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static String reason(IOException e) {
    String type = e.getClass().getSimpleName();
    if (type.equals("AccessDeniedException")) {
      return "permission denied";
    }
    if (type.equals("NoSuchFileException")) {
      return "its directory does not exist";
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    return message.contains("No space") ? "no space left on the device" : "the write failed";
  }
}
