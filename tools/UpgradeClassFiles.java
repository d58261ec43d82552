import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Rewrites, in place, the class files older than Java 6 in the jars it is given as Java 8 class
 * files, with the stack map frames that format requires computed by ASM. validator-cli's build runs
 * it on the release's copy of picocli: class-data sharing and the AOT cache take no class file
 * older than Java 6, so picocli's 180 classes were read from the jar and verified by the old
 * inference verifier on every run (measured in the README's Speed section).
 *
 * <p>Every rewritten class passes ASM's verifier before the jar is replaced; a failure stops the
 * build. A jar without old class files is left untouched, so running it twice changes nothing.
 *
 * <p>Run with ASM (asm, asm-tree, asm-analysis, asm-util) on the class path: {@code java -cp ...
 * tools/UpgradeClassFiles.java JAR...}.
 */
public final class UpgradeClassFiles {
  private static final int JAVA_6 = Opcodes.V1_6;

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: UpgradeClassFiles JAR...");
      System.exit(2);
    }
    for (String arg : args) {
      Path jar = Path.of(arg);
      int upgraded = upgrade(jar);
      System.out.println(
          upgraded == 0
              ? "upgrade-class-files: " + jar.getFileName() + " has no class file older than Java 6"
              : "upgrade-class-files: " + jar.getFileName() + ": " + upgraded + " classes -> Java 8");
    }
  }

  private static int upgrade(Path jar) throws IOException {
    Path rewritten = jar.resolveSibling(jar.getFileName() + ".upgrading");
    int upgraded = 0;
    List<String> failures = new ArrayList<>();
    try (JarFile in = new JarFile(jar.toFile());
        URLClassLoader classes =
            new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        OutputStream file = Files.newOutputStream(rewritten);
        JarOutputStream out = new JarOutputStream(file)) {
      Enumeration<JarEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream content = in.getInputStream(entry)) {
          bytes = content.readAllBytes();
        }
        if (isOldClass(entry, bytes)) {
          bytes = asJava8(bytes, classes);
          String problems = verify(bytes, classes);
          if (!problems.isEmpty()) {
            failures.add(entry.getName() + ":\n" + problems);
          }
          upgraded++;
        }
        JarEntry copy = new JarEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(rewritten);
      throw e;
    }
    if (!failures.isEmpty()) {
      Files.deleteIfExists(rewritten);
      throw new IllegalStateException(
          jar + ": rewritten classes fail verification:\n" + String.join("\n", failures));
    }
    if (upgraded == 0) {
      Files.delete(rewritten);
    } else {
      Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }
    return upgraded;
  }

  /** A class file (not a module descriptor, not a multi-release variant) older than Java 6. */
  private static boolean isOldClass(JarEntry entry, byte[] bytes) {
    String name = entry.getName();
    if (!name.endsWith(".class")
        || name.endsWith("module-info.class")
        || name.startsWith("META-INF/")) {
      return false;
    }
    int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    return major < JAVA_6;
  }

  private static byte[] asJava8(byte[] bytes, ClassLoader classes) {
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          // Frames need the common superclass of two types: look them up in the jar itself.
          @Override
          protected ClassLoader getClassLoader() {
            return classes;
          }
        };
    ClassVisitor version =
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int ignored,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        };
    // Old class files carry no frames to keep. (A class using JSR/RET, which javac stopped emitting
    // long ago, makes ASM throw here: the build stops rather than ship it.)
    new ClassReader(bytes).accept(version, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  /** What ASM's data-flow verifier finds wrong with a class; empty when nothing. */
  private static String verify(byte[] bytes, ClassLoader classes) {
    StringWriter problems = new StringWriter();
    CheckClassAdapter.verify(new ClassReader(bytes), classes, false, new PrintWriter(problems));
    return problems.toString();
  }
}
