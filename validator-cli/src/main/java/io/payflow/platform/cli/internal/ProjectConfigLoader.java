package io.payflow.platform.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.payflow.platform.policies.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds and reads {@code .payflow.yaml}: given explicitly, or the nearest one upward. */
final class ProjectConfigLoader {
  static final String FILE_NAME = ".payflow.yaml";

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .findAndAddModules()
          .addModule(new SimpleModule().addDeserializer(Severity.class, new SeverityDeserializer()))
          .build();

  private ProjectConfigLoader() {}

  static Optional<Path> findUpward(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static ProjectConfig load(Path explicit) {
    Optional<Path> file = explicit != null ? Optional.of(explicit) : findUpward(Path.of(""));
    if (file.isEmpty()) {
      return ProjectConfig.NONE;
    }
    Path path = file.get();
    try {
      if (Files.size(path) > 1024 * 1024) {
        throw new UserError(path + ": config file is over 1 MiB", null);
      }
      ProjectConfig config = YAML.readValue(Files.readString(path), ProjectConfig.class);
      return config == null ? ProjectConfig.NONE : config;
    } catch (JsonMappingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      String reason =
          e.getCause() instanceof IllegalArgumentException cause
              ? cause.getMessage()
              : e.getOriginalMessage();
      throw new UserError(
          path + where + ": " + pathOf(e) + reason.lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      throw new UserError(
          path + ": cannot read config (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : path + ": ";
  }

  private static final class SeverityDeserializer extends StdDeserializer<Severity> {
    private static final long serialVersionUID = 1L;

    SeverityDeserializer() {
      super(Severity.class);
    }

    @Override
    public Severity deserialize(
        com.fasterxml.jackson.core.JsonParser p,
        com.fasterxml.jackson.databind.DeserializationContext c)
        throws IOException {
      try {
        return Severity.parse(p.getText());
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
