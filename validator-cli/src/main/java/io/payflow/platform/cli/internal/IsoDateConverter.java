package io.payflow.platform.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * A date option ({@code --today}) as YYYY-MM-DD. Picocli's own converter for {@code LocalDate}
 * named the parser's classes in its error, and registering it (with every other {@code java.time}
 * converter) initialized formatters on every run; {@link io.payflow.platform.cli.Payflow#main}
 * turns those built-in converters off.
 */
final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date as YYYY-MM-DD (e.g. 2026-11-28) but was '" + value + "'");
    }
  }
}
