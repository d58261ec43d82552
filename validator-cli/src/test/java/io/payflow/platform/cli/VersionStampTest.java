package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's version stamp is read only when something prints it: looking it up opens the class
 * path's jars in turn (the 120 MB AWS provider's among them), which picocli's copying of the
 * version to each subcommand did on every run. Each case loads the CLI afresh in a class loader
 * that records the resources asked of it.
 */
class VersionStampTest {
  private static final String STAMP = "io/payflow/platform/cli/version.properties";

  @Test
  void aValidateRunNeverLooksTheStampUp() throws Exception {
    Recording loader = freshCli();
    assertThat(run(loader, "validate", "--format", "json", "no-such-file.yaml")).isEqualTo(2);
    assertThat(loader.asked).doesNotContain(STAMP);
  }

  @Test
  void versionStillPrintsIt() throws Exception {
    Recording loader = freshCli();
    StringWriter out = new StringWriter();
    assertThat(run(loader, out, "--version")).isZero();
    assertThat(loader.asked).contains(STAMP);
    assertThat(out.toString()).startsWith("payflow ").contains("(commit ");
  }

  private static int run(Recording loader, String... args) throws Exception {
    return run(loader, new StringWriter(), args);
  }

  private static int run(Recording loader, StringWriter out, String... args) throws Exception {
    Class<?> payflow = Class.forName(Payflow.class.getName(), true, loader);
    // Package-private, and another class loader's package: set accessible.
    var properties = payflow.getDeclaredMethod("picocliProperties");
    properties.setAccessible(true);
    properties.invoke(null);
    return (int)
        payflow
            .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class)
            .invoke(null, new PrintWriter(out, true), new PrintWriter(new StringWriter()), args);
  }

  private static Recording freshCli() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    return new Recording(urls.toArray(URL[]::new));
  }

  /** The class path's classes defined anew, and every resource name asked for recorded. */
  private static final class Recording extends URLClassLoader {
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    public URL getResource(String name) {
      asked.add(name);
      return super.getResource(name);
    }
  }
}
