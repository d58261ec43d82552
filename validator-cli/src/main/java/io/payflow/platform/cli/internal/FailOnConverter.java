package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.FailOn;
import picocli.CommandLine;

/** {@code --fail-on critical|high|medium|low|info|none}. */
final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
  @Override
  public FailOn convert(String value) {
    try {
      return FailOn.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(
          e.getMessage().replace("info])", "info, none])"));
    }
  }
}
