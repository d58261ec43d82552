package io.payflow.platform.policies.internal;

import com.dylibso.chicory.runtime.Memory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Two of OPA's values in a module's memory compared value by value: types, strings' bytes, numbers
 * and booleans as OPA prints them, arrays element by element with their indices, objects by their
 * bucket count, length and every bucket's chain of keys in order.
 */
final class OpaValueComparison {
  private static final byte NUMBER = 3;
  private static final byte STRING = 4;
  private static final byte ARRAY = 5;
  private static final byte OBJECT = 6;

  private OpaValueComparison() {}

  /** Where the values at {@code a} and {@code b} differ, as paths; empty if nowhere. */
  static List<String> differences(OpaAbiHost host, int a, int b) {
    List<String> out = new ArrayList<>();
    compare(host, a, b, "$", out);
    return out;
  }

  private static void compare(OpaAbiHost host, int a, int b, String path, List<String> out) {
    Memory m = host.memory();
    byte type = m.read(a);
    if (type != m.read(b)) {
      out.add(path + ": type " + type + " against " + m.read(b));
      return;
    }
    switch (type) {
      case NUMBER, 1, 2, 9 -> same(host.dumpJson(a), host.dumpJson(b), path, out);
      case STRING -> same(string(m, a), string(m, b), path, out);
      case ARRAY -> {
        int length = m.readInt(a + 8);
        same(length, m.readInt(b + 8), path + ".length", out);
        for (int i = 0; i < Math.min(length, m.readInt(b + 8)); i++) {
          int ea = m.readInt(a + 4) + 8 * i;
          int eb = m.readInt(b + 4) + 8 * i;
          compare(host, m.readInt(ea), m.readInt(eb), path + "[" + i + "].index", out);
          compare(host, m.readInt(ea + 4), m.readInt(eb + 4), path + "[" + i + "]", out);
        }
      }
      case OBJECT -> {
        int buckets = m.readInt(a + 8);
        same(buckets, m.readInt(b + 8), path + ".buckets", out);
        same(m.readInt(a + 12), m.readInt(b + 12), path + ".length", out);
        for (int i = 0; i < Math.min(buckets, m.readInt(b + 8)); i++) {
          int ea = m.readInt(m.readInt(a + 4) + 4 * i);
          int eb = m.readInt(m.readInt(b + 4) + 4 * i);
          for (int n = 0; ea != 0 || eb != 0; n++) {
            String at = path + ".bucket" + i + "[" + n + "]";
            if (ea == 0 || eb == 0) {
              out.add(at + ": chains of different lengths");
              break;
            }
            String key = string(m, m.readInt(ea));
            same(key, string(m, m.readInt(eb)), at, out);
            compare(host, m.readInt(ea + 4), m.readInt(eb + 4), path + "." + key, out);
            ea = m.readInt(ea + 8);
            eb = m.readInt(eb + 8);
          }
        }
      }
      default -> out.add(path + ": unexpected type " + type);
    }
  }

  private static String string(Memory m, int value) {
    return new String(
        m.readBytes(m.readInt(value + 8), m.readInt(value + 4)), StandardCharsets.UTF_8);
  }

  private static void same(Object a, Object b, String path, List<String> out) {
    if (!a.equals(b)) {
      out.add(path + ": " + a + " against " + b);
    }
  }
}
