package io.payflow.platform.topology.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payflow.platform.topology.Money;
import io.payflow.platform.topology.Price;
import io.payflow.platform.topology.PriceUnit;
import io.payflow.platform.topology.PricingCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a pricing catalog JSON document. */
public final class CatalogReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogReader() {}

  public static PricingCatalog read(InputStream in) throws IOException {
    JsonNode root = MAPPER.readTree(in);
    Map<String, Price> prices = new LinkedHashMap<>();
    JsonNode defaultSource = root.path("sources");
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("prices").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode node = entry.getValue();
      String source = node.path("source").asText();
      if (defaultSource.has(source)) {
        source = defaultSource.path(source).asText();
      }
      prices.put(
          entry.getKey(),
          new Price(
              entry.getKey(),
              Money.usd(node.path("usd").asText()),
              PriceUnit.valueOf(node.path("unit").asText().toUpperCase(Locale.ROOT)),
              source));
    }
    return new PricingCatalog(
        root.path("catalog_version").asText(),
        root.path("region").asText(),
        root.path("currency").asText(),
        LocalDate.parse(root.path("effective_date").asText()),
        prices);
  }
}
