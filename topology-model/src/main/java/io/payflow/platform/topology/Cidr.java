package io.payflow.platform.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 CIDR block in canonical form: the address is the network address of the prefix. A block
 * with host bits set ({@code 10.0.0.1/16}) is refused, because it almost always hides a typo in the
 * intended network.
 */
public final class Cidr implements Comparable<Cidr> {
  private final long network;
  private final int prefix;

  private Cidr(long network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /** Parses {@code a.b.c.d/n}; the message of a failure shows the value and the expected form. */
  public static Cidr parse(String text) {
    if (text == null) {
      throw new InvalidValueException(
          "cidr", "is required (expected an IPv4 CIDR such as 10.0.0.0/16)");
    }
    String value = text;
    if (!value.equals(value.strip()) || value.isEmpty()) {
      throw invalid(text, "surrounding white space is not allowed");
    }
    int slash = value.indexOf('/');
    if (slash < 0) {
      throw invalid(text, "missing '/prefix'");
    }
    long address = parseAddress(text, value.substring(0, slash));
    int prefix = parsePrefix(text, value.substring(slash + 1));
    long network = address & mask(prefix);
    if (network != address) {
      throw invalid(
          text,
          "host bits are set; the network address is "
              + formatAddress(network)
              + "/"
              + prefix
              + ", did you mean that?");
    }
    return new Cidr(network, prefix);
  }

  /** The block of the given prefix that contains {@code address}, host bits cleared. */
  public static Cidr containing(String address, int prefix) {
    long parsed = parseAddress(address + "/" + prefix, address);
    checkPrefix(address + "/" + prefix, prefix);
    return new Cidr(parsed & mask(prefix), prefix);
  }

  private static long parseAddress(String original, String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw invalid(original, "the address must have four dot-separated octets");
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !asciiDigits(part)) {
        throw invalid(original, "octet '" + part + "' is not a number 0-255");
      }
      if (part.length() > 1 && part.charAt(0) == '0') {
        throw invalid(
            original,
            "octet '"
                + part
                + "' has a leading zero (Terraform and AWS refuse it; write "
                + Integer.parseInt(part)
                + ")");
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        throw invalid(original, "octet " + octet + " is out of range (0-255)");
      }
      value = (value << 8) | octet;
    }
    return value;
  }

  /** Every char an ASCII digit (a loop, not a stream: four octets and a prefix per CIDR read). */
  private static boolean asciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int parsePrefix(String original, String text) {
    if (text.isEmpty()
        || text.length() > 2
        || !asciiDigits(text)
        || (text.length() > 1 && text.charAt(0) == '0')) {
      throw invalid(original, "prefix must be 0-32");
    }
    int prefix = Integer.parseInt(text);
    checkPrefix(original, prefix);
    return prefix;
  }

  private static void checkPrefix(String original, int prefix) {
    if (prefix < 0 || prefix > 32) {
      throw invalid(original, "prefix must be 0-32");
    }
  }

  private static InvalidValueException invalid(String text, String why) {
    return new InvalidValueException(
        "cidr", "'" + ParseMessages.printable(text) + "' is not an IPv4 CIDR (" + why + ")");
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  private static String formatAddress(long value) {
    return ((value >> 24) & 255)
        + "."
        + ((value >> 16) & 255)
        + "."
        + ((value >> 8) & 255)
        + "."
        + (value & 255);
  }

  public int prefix() {
    return prefix;
  }

  /** The network address, dotted. */
  public String networkAddress() {
    return formatAddress(network);
  }

  /** The last address in the block, dotted. */
  public String lastAddress() {
    return formatAddress(last());
  }

  public long addressCount() {
    return 1L << (32 - prefix);
  }

  private long last() {
    return network + addressCount() - 1;
  }

  /** True when every address of {@code other} lies inside this block. */
  public boolean contains(Cidr other) {
    return prefix <= other.prefix && (other.network & mask(prefix)) == network;
  }

  /** True when the two blocks share at least one address. */
  public boolean overlaps(Cidr other) {
    return network <= other.last() && other.network <= last();
  }

  /** True when the block lies inside 10/8, 172.16/12 or 192.168/16 (RFC 1918). */
  public boolean isPrivate() {
    return RFC1918.stream().anyMatch(range -> range.contains(this));
  }

  private static final List<Cidr> RFC1918 =
      List.of(
          new Cidr(10L << 24, 8),
          new Cidr((172L << 24) | (16L << 16), 12),
          new Cidr((192L << 24) | (168L << 16), 16));

  /** Splits this block into consecutive blocks of {@code newPrefix}, in address order. */
  public List<Cidr> split(int newPrefix) {
    if (newPrefix < prefix || newPrefix > 32) {
      throw new InvalidValueException(
          "prefix", newPrefix + " cannot split " + this + " (expected " + prefix + "-32)");
    }
    long count = 1L << (newPrefix - prefix);
    if (count > 65_536) {
      throw new InvalidValueException(
          "prefix",
          "splitting "
              + this
              + " into /"
              + newPrefix
              + " gives "
              + count
              + " blocks (at most 65536)");
    }
    long size = 1L << (32 - newPrefix);
    List<Cidr> blocks = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      blocks.add(new Cidr(network + i * size, newPrefix));
    }
    return blocks;
  }

  @Override
  public int compareTo(Cidr other) {
    int byNetwork = Long.compare(network, other.network);
    return byNetwork != 0 ? byNetwork : Integer.compare(prefix, other.prefix);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr other && other.network == network && other.prefix == prefix;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(network) * 31 + prefix;
  }

  /** Canonical form, {@code 10.0.0.0/16}. */
  @Override
  public String toString() {
    return formatAddress(network) + "/" + prefix;
  }
}
