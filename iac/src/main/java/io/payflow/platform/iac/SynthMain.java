package io.payflow.platform.iac;

import io.payflow.platform.topology.TopologyLoadException;
import io.payflow.platform.topology.TopologyLoader;
import java.nio.file.Path;

/**
 * Plain entry point: {@code SynthMain TOPOLOGY [OUT_DIR]} writes {@code cdktf.out/} without the
 * CDKTF CLI. {@code cdktf synth} runs it too (see cdktf.json), with CDKTF_OUTDIR set.
 */
public final class SynthMain {
  private SynthMain() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SynthMain TOPOLOGY [OUT_DIR]");
      System.exit(2);
    }
    String outDir =
        args.length > 1 ? args[1] : System.getenv().getOrDefault("CDKTF_OUTDIR", "cdktf.out");
    try {
      SynthResult result =
          Synthesizer.synth(TopologyLoader.load(Path.of(args[0])), Path.of(outDir));
      result.stacks().forEach(s -> System.out.println("synthesized " + s.name() + ": " + s.file()));
    } catch (TopologyLoadException | SynthException e) {
      System.err.println("payflow synth: error: " + e.getMessage());
      System.exit(2);
    }
  }
}
