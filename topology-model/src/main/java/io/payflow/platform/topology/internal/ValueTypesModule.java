package io.payflow.platform.topology.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.payflow.platform.topology.AvailabilityZone;
import io.payflow.platform.topology.Cidr;
import io.payflow.platform.topology.InvalidValueException;
import io.payflow.platform.topology.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/**
 * Value types are scalars in the file: a CIDR and a zone are strings, money is a number. Enum
 * constants are written in lower case. Keeps Jackson annotations out of the public model.
 */
final class ValueTypesModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  ValueTypesModule() {
    super("payflow-topology-values");
    addDeserializer(
        Cidr.class, new FromText<>(Cidr.class, Cidr::parse, "an IPv4 CIDR such as 10.0.0.0/16"));
    addSerializer(Cidr.class, ToStringSerializer.instance);
    addDeserializer(
        AvailabilityZone.class,
        new FromText<>(
            AvailabilityZone.class,
            AvailabilityZone::of,
            "an availability zone such as us-east-1a"));
    addSerializer(AvailabilityZone.class, ToStringSerializer.instance);
    addDeserializer(Money.class, new MoneyDeserializer());
    addSerializer(Money.class, new MoneySerializer());
    addSerializer(Enum.class, new LowerCaseEnumSerializer());
  }

  /** A scalar built from a string by a validating factory; its message becomes the error. */
  private static final class FromText<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> factory;
    private final String expected;

    FromText(Class<T> type, Function<String, T> factory, String expected) {
      super(type);
      this.factory = factory;
      this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonMappingException.from(
            parser, "expected " + expected + ", got " + LoadErrors.describe(parser.currentToken()));
      }
      try {
        return factory.apply(parser.getText());
      } catch (InvalidValueException e) {
        throw JsonMappingException.from(parser, e.reason(), e);
      }
    }
  }

  private static final class MoneyDeserializer extends StdScalarDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        return switch (parser.currentToken()) {
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Money.usd(parser.getDecimalValue());
          case VALUE_STRING -> Money.usd(parser.getText().strip());
          default ->
              throw JsonMappingException.from(
                  parser,
                  "expected a USD amount such as 175.50, got "
                      + LoadErrors.describe(parser.currentToken()));
        };
      } catch (InvalidValueException e) {
        throw JsonMappingException.from(parser, e.reason(), e);
      }
    }
  }

  private static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      BigDecimal amount = value.amount();
      generator.writeNumber(amount);
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class LowerCaseEnumSerializer extends StdSerializer<Enum> {
    private static final long serialVersionUID = 1L;

    LowerCaseEnumSerializer() {
      super(Enum.class);
    }

    @Override
    public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(value.name().toLowerCase(Locale.ROOT));
    }
  }
}
