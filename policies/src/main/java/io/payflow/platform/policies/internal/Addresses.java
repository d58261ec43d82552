package io.payflow.platform.policies.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Terraform resource addresses, split as Terraform does: {@code
 * module.a["x"].module.b[0].aws_vpc.v[1]} is the resource {@code aws_vpc.v[1]} in the module
 * instance {@code module.a["x"].module.b[0].}, configured at {@code module.a.module.b.aws_vpc.v}.
 * Keys may hold dots and brackets inside quotes.
 */
final class Addresses {
  private Addresses() {}

  /** The dot-separated segments, a segment keeping its {@code [key]}. */
  static List<String> segments(String address) {
    // Substrings between the separating dots, not a copy built char by char: every resource's
    // address is split several times, and the copies were the largest garbage of reading a plan.
    List<String> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < address.length()) {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '.' && depth == 0) {
        out.add(address.substring(start, i));
        start = i + 1;
      }
    }
    out.add(address.substring(start));
    return out;
  }

  /** {@code module.a["x"].module.b[0].} for a resource inside them; empty in the root module. */
  static String moduleInstance(String address) {
    // Most resources are in the root module: their address is not split at all (each of a plan's
    // resources asks this several times).
    if (!address.startsWith("module.")) {
      return "";
    }
    List<String> parts = segments(address);
    StringBuilder scope = new StringBuilder();
    for (int i = 0; i + 2 < parts.size() && parts.get(i).equals("module"); i += 2) {
      scope.append("module.").append(parts.get(i + 1)).append('.');
    }
    return scope.toString();
  }

  /**
   * The module instance that calls {@code scope}: {@code module.a.module.b.} gives {@code
   * module.a.}.
   */
  static String parentInstance(String scope) {
    if (scope.isEmpty()) {
      return "";
    }
    List<String> parts = segments(scope.substring(0, scope.length() - 1));
    StringBuilder parent = new StringBuilder();
    for (int i = 0; i + 2 < parts.size(); i += 2) {
      parent.append(parts.get(i)).append('.').append(parts.get(i + 1)).append('.');
    }
    return parent.toString();
  }

  /** The instance key of the resource itself ({@code [1]}, {@code ["a"]}), or empty. */
  static String instanceKey(String address) {
    if (address.indexOf('[') < 0) {
      return "";
    }
    List<String> parts = segments(address);
    String last = parts.get(parts.size() - 1);
    int open = last.indexOf('[');
    return open < 0 ? "" : last.substring(open);
  }

  /** One segment of an address without its instance key: {@code b[0]} gives {@code b}. */
  static String withoutKey(String segment) {
    int open = segment.indexOf('[');
    return open < 0 ? segment : segment.substring(0, open);
  }

  /** The address without the resource's own instance key; module keys stay. */
  static String withoutOwnKey(String address) {
    String key = instanceKey(address);
    return address.substring(0, address.length() - key.length());
  }

  /** {@code module.a["x"].aws_instance.b[0]} is configured as {@code module.a.aws_instance.b}. */
  static String withoutInstanceKeys(String address) {
    if (address.indexOf('[') < 0) {
      return address;
    }
    StringBuilder out = new StringBuilder();
    for (String part : segments(address)) {
      int open = part.indexOf('[');
      out.append(out.length() == 0 ? "" : ".").append(open < 0 ? part : part.substring(0, open));
    }
    return out.toString();
  }

  /** The configured prefix of a module instance: {@code module.a["x"].} gives {@code module.a.}. */
  static String configScope(String scope) {
    return scope.isEmpty() ? "" : withoutInstanceKeys(scope.substring(0, scope.length() - 1)) + ".";
  }

  static boolean isData(String address) {
    String resource = address.substring(moduleInstance(address).length());
    return resource.startsWith("data.");
  }
}
