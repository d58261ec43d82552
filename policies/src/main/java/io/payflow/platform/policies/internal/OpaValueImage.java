package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document laid out as the values OPA's Wasm runtime builds when it parses one ({@code
 * value.h} of OPA's {@code wasm/src}, wasm32: 4-byte pointers and sizes), so that the input is
 * written into the module's memory instead of parsed there: the Wasm's JSON parser was half of a
 * large plan's evaluation (async-profiler, 28,380 resources: 176 of 335 ms), run as cold code.
 *
 * <p>The layout is the one the parser leaves: an object's buckets are as many as its keys make them
 * grow to (8, doubled while the keys exceed 0.7 of them), its keys hashed as OPA hashes strings and
 * chained in ascending order, so iteration order is the same too. Integers up to 2^53 are laid out
 * as OPA's integer numbers (equal, ordered and hashed as the decimal numbers its parser makes of
 * them), booleans as its interned ones; any other number is left to OPA's parser ({@link
 * #decimals}) and referred to by address. Equal strings and array indices share one value: the
 * runtime never changes or frees its input (the host checks that it did not). A document this does
 * not lay out exactly as OPA would (a key that is not ASCII, a key given twice, a string with an
 * unpaired surrogate, a text {@link PolicyInput#onlyOpaReads}) answers null, and its JSON is parsed
 * by OPA.
 */
final class OpaValueImage {
  private static final byte NULL = 1;
  private static final byte BOOLEAN_INTERNED = 9;
  private static final byte NUMBER = 3;
  private static final byte STRING = 4;
  private static final byte ARRAY = 5;
  private static final byte OBJECT = 6;
  private static final byte NUMBER_REPR_INT = 1;

  /**
   * Larger integers are left to OPA's parser: its integer numbers print the least 64-bit one as
   * "-g", and nothing in the facts comes near 2^53.
   */
  private static final long MAX_INTEGER = 1L << 53;

  private static final int MIN_BUCKETS = 8;
  private static final int FNV32_INIT = 0x811c9dc5;
  private static final int FNV32_PRIME = 0x01000193;

  /** The address the image's first byte is written at. */
  private final int base;

  /** The laid-out bytes, their pointers absolute (from {@link #base}). */
  private byte[] out;

  private int size;

  /** Offsets of the pointer fields that are to hold a decimal's address, and its index. */
  private int[] decimalFields = new int[8];

  private int decimalFieldCount;

  private final List<String> decimals = new ArrayList<>();
  private final Map<String, Integer> strings = new HashMap<>();
  private int[] indices = new int[0];
  private int nullValue = -1;
  private int trueValue = -1;
  private int falseValue = -1;
  private int root;

  private OpaValueImage(int base, int capacity) {
    this.base = base;
    this.out = new byte[capacity];
  }

  /**
   * The document laid out to be written at {@code base}, or null where only OPA's parser gives what
   * it would.
   */
  static OpaValueImage of(byte[] json, int base) {
    return of(PolicyInput.ofJson(json), base);
  }

  /** As {@link #of(byte[], int)}, for JSON or its tokens. */
  static OpaValueImage of(PolicyInput input, int base) {
    if (input.onlyOpaReads()) {
      return null;
    }
    try (JsonParser parser = input.parser()) {
      return of(parser, base, input.imageSizeHint());
    } catch (IOException | NotLaidOut e) {
      return null;
    }
  }

  private static OpaValueImage of(JsonParser parser, int base, int capacity) throws IOException {
    OpaValueImage image = new OpaValueImage(base, capacity);
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    image.root = image.value(parser, first);
    if (image.root < 0 || parser.nextToken() != null) {
      return null;
    }
    return image;
  }

  int base() {
    return base;
  }

  /** The bytes to write at the base: {@code bytes()[0, size())}. */
  int size() {
    return size;
  }

  byte[] bytes() {
    return out;
  }

  /** The root value's address. */
  int root() {
    return base + root;
  }

  /** The numbers OPA parses, as JSON text; written after the image, in {@link #decimalFields}. */
  List<String> decimals() {
    return decimals;
  }

  /** Pairs of an address in the image that is to hold a decimal's address, and its index. */
  int[] decimalFields() {
    int[] fields = new int[decimalFieldCount];
    for (int i = 0; i < decimalFieldCount; i += 2) {
      fields[i] = base + decimalFields[i];
      fields[i + 1] = decimalFields[i + 1];
    }
    return fields;
  }

  private int value(JsonParser p, JsonToken token) throws IOException {
    if (token == null) {
      throw NotLaidOut.INSTANCE; // the text ended early
    }
    switch (token) {
      case START_OBJECT:
        return object(p);
      case START_ARRAY:
        return array(p);
      case VALUE_STRING:
        return string(p.getText());
      case VALUE_NUMBER_INT:
        if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          long v = p.getLongValue();
          if (exact(v) && (v != 0 || !p.getText().equals("-0"))) {
            return integer(v);
          }
        }
        return number(p.getText());
      case VALUE_NUMBER_FLOAT:
        return number(p.getText());
      case VALUE_TRUE:
        if (trueValue < 0) {
          trueValue = bool(true);
        }
        return trueValue;
      case VALUE_FALSE:
        if (falseValue < 0) {
          falseValue = bool(false);
        }
        return falseValue;
      case VALUE_NULL:
        if (nullValue < 0) {
          nullValue = allocate(4);
          out[nullValue] = NULL;
        }
        return nullValue;
      default:
        throw NotLaidOut.INSTANCE;
    }
  }

  private int object(JsonParser p) throws IOException {
    int from = entries;
    JsonToken t = p.nextToken();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      for (int i = 0; i < name.length(); i++) {
        if (name.charAt(i) >= 0x80) {
          throw NotLaidOut.INSTANCE;
        }
      }
      int key = string(name);
      int value = value(p, p.nextToken()); // (its own entries come and go above this one's)
      push(name, key, value);
    }
    if (t != JsonToken.END_OBJECT) {
      throw NotLaidOut.INSTANCE;
    }
    int count = entries - from;
    int buckets = buckets(count);
    for (int i = from; i < entries; i++) {
      entryBucket[i] = Integer.remainderUnsigned(hash(entryName[i]), buckets);
    }
    sortEntries(from, entries);
    int elems = allocate(12 * count);
    int table = allocate(4 * buckets);
    for (int i = from; i < entries; i++) {
      int bucket = entryBucket[i];
      boolean first = i == from || entryBucket[i - 1] != bucket;
      if (!first && entryName[i - 1].equals(entryName[i])) {
        throw NotLaidOut.INSTANCE; // a key given twice: OPA keeps the last
      }
      int elem = elems + 12 * (i - from);
      pointer(elem, entryKey[i]);
      pointer(elem + 4, entryValue[i]);
      if (i + 1 < entries && entryBucket[i + 1] == bucket) {
        pointer(elem + 8, elem + 12); // (the chain's last element's next stays null)
      }
      if (first) {
        pointer(table + 4 * bucket, elem);
      }
    }
    entries = from;
    int object = allocate(16);
    out[object] = OBJECT;
    pointer(object + 4, table);
    putInt(out, object + 8, buckets);
    putInt(out, object + 12, count);
    return object;
  }

  /**
   * An object's entries, open objects' above the ones of the objects that hold them: one stack for
   * the whole document, not arrays for each of its tens of thousands of objects.
   */
  private String[] entryName = new String[64];

  private int[] entryKey = new int[64];
  private int[] entryValue = new int[64];
  private int[] entryBucket = new int[64];
  private int entries;

  private void push(String name, int key, int value) {
    if (entries == entryName.length) {
      entryName = Arrays.copyOf(entryName, entries * 2);
      entryKey = Arrays.copyOf(entryKey, entries * 2);
      entryValue = Arrays.copyOf(entryValue, entries * 2);
      entryBucket = Arrays.copyOf(entryBucket, entries * 2);
    }
    entryName[entries] = name;
    entryKey[entries] = key;
    entryValue[entries] = value;
    entries++;
  }

  /** Entries {@code [from, to)} by bucket, then by key: each bucket's chain in OPA's order. */
  private void sortEntries(int from, int to) {
    if (to - from <= 32) {
      for (int i = from + 1; i < to; i++) {
        for (int j = i; j > from && before(j, j - 1); j--) {
          swap(j, j - 1);
        }
      }
      return;
    }
    Integer[] order = new Integer[to - from];
    for (int i = 0; i < order.length; i++) {
      order[i] = from + i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            entryBucket[a] != entryBucket[b]
                ? Integer.compare(entryBucket[a], entryBucket[b])
                : entryName[a].compareTo(entryName[b]));
    String[] names = new String[order.length];
    int[] keys = new int[order.length];
    int[] values = new int[order.length];
    int[] bucketsOf = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      names[i] = entryName[order[i]];
      keys[i] = entryKey[order[i]];
      values[i] = entryValue[order[i]];
      bucketsOf[i] = entryBucket[order[i]];
    }
    System.arraycopy(names, 0, entryName, from, names.length);
    System.arraycopy(keys, 0, entryKey, from, keys.length);
    System.arraycopy(values, 0, entryValue, from, values.length);
    System.arraycopy(bucketsOf, 0, entryBucket, from, bucketsOf.length);
  }

  private boolean before(int a, int b) {
    return entryBucket[a] != entryBucket[b]
        ? entryBucket[a] < entryBucket[b]
        : entryName[a].compareTo(entryName[b]) < 0;
  }

  private void swap(int a, int b) {
    String name = entryName[a];
    entryName[a] = entryName[b];
    entryName[b] = name;
    int t = entryKey[a];
    entryKey[a] = entryKey[b];
    entryKey[b] = t;
    t = entryValue[a];
    entryValue[a] = entryValue[b];
    entryValue[b] = t;
    t = entryBucket[a];
    entryBucket[a] = entryBucket[b];
    entryBucket[b] = t;
  }

  private int array(JsonParser p) throws IOException {
    int from = elements;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw NotLaidOut.INSTANCE;
      }
      int value = value(p, t);
      if (elements == elementValue.length) {
        elementValue = Arrays.copyOf(elementValue, elements * 2);
      }
      elementValue[elements++] = value;
    }
    int count = elements - from;
    int elems = count == 0 ? 0 : allocate(8 * count);
    for (int i = 0; i < count; i++) {
      pointer(elems + 8 * i, index(i));
      pointer(elems + 8 * i + 4, elementValue[from + i]);
    }
    elements = from;
    int array = allocate(16);
    out[array] = ARRAY;
    if (count > 0) {
      pointer(array + 4, elems);
    }
    putInt(out, array + 8, count);
    putInt(out, array + 12, count);
    return array;
  }

  /** Open arrays' elements, as {@link #entryName} for objects. */
  private int[] elementValue = new int[64];

  private int elements;

  private int string(String text) {
    Integer known = strings.get(text);
    if (known != null) {
      return known;
    }
    byte[] utf8 = utf8(text);
    int bytes = allocate(utf8.length);
    System.arraycopy(utf8, 0, out, bytes, utf8.length);
    int value = allocate(12);
    out[value] = STRING;
    putInt(out, value + 4, utf8.length);
    pointer(value + 8, bytes);
    strings.put(text, value);
    return value;
  }

  /** UTF-8 of the text; a lone surrogate, which OPA's parser refuses, is not laid out. */
  private static byte[] utf8(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw NotLaidOut.INSTANCE;
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * True for an integer laid out as OPA's integer numbers. -0 never is: OPA's parser makes it a
   * decimal negative zero, which it prints as such.
   */
  private static boolean exact(long v) {
    return v >= -MAX_INTEGER && v <= MAX_INTEGER;
  }

  /**
   * A number by its JSON text (a writer's decimal without a fraction, such as 40, as its text reads
   * too): an integer OPA's integers hold exactly, or a decimal left to OPA's parser.
   */
  private int number(String text) {
    int digits = text.length() - (text.startsWith("-") ? 1 : 0);
    boolean integer = digits > 0 && digits <= 16 && !text.equals("-0");
    for (int i = text.length() - digits; integer && i < text.length(); i++) {
      char c = text.charAt(i);
      integer = c >= '0' && c <= '9';
    }
    if (integer && exact(Long.parseLong(text))) {
      return integer(Long.parseLong(text));
    }
    decimals.add(text);
    return -decimals.size(); // negative: the decimal's index, one-based
  }

  private int index(int i) {
    if (i >= indices.length) {
      int from = indices.length;
      indices = Arrays.copyOf(indices, Math.max(16, Math.max(i + 1, from * 2)));
      Arrays.fill(indices, from, indices.length, -1);
    }
    if (indices[i] < 0) {
      indices[i] = integer(i);
    }
    return indices[i];
  }

  private int integer(long v) {
    int number = allocate(16);
    out[number] = NUMBER;
    out[number + 1] = NUMBER_REPR_INT;
    putInt(out, number + 8, (int) v);
    putInt(out, number + 12, (int) (v >>> 32));
    return number;
  }

  private int bool(boolean v) {
    int value = allocate(4);
    out[value] = BOOLEAN_INTERNED;
    out[value + 1] = (byte) (v ? 1 : 0);
    return value;
  }

  /** The pointer field at {@code address} now holds {@code value} (a decimal OPA parsed). */
  void link(int address, int value) {
    putInt(out, address - base, value);
  }

  /**
   * A pointer field at offset {@code at}: to offset {@code target} in the image, or to a decimal
   * (negative: its index, one-based).
   */
  private void pointer(int at, int target) {
    if (target < 0) {
      if (decimalFieldCount + 2 > decimalFields.length) {
        decimalFields = Arrays.copyOf(decimalFields, decimalFields.length * 2);
      }
      decimalFields[decimalFieldCount++] = at;
      decimalFields[decimalFieldCount++] = -target - 1;
      return;
    }
    putInt(out, at, base + target);
  }

  /** {@code bytes} zeroed bytes at a 4-byte boundary; their offset. */
  private int allocate(int bytes) {
    int at = (size + 3) & ~3;
    int end = at + bytes;
    if (end > out.length) {
      out = Arrays.copyOf(out, Math.max(end, out.length * 2));
    }
    size = end;
    return at;
  }

  /** The buckets OPA's object has once it holds {@code keys} keys. */
  static int buckets(int keys) {
    int n = MIN_BUCKETS;
    while (keys > n * 0.7) {
      n *= 2;
    }
    return n;
  }

  /**
   * OPA's hash of a string's bytes, as its {@code fnv1a32} computes it: it multiplies before it
   * XORs, FNV-1's order, though named for FNV-1a (32 bits); ASCII only.
   */
  static int hash(String ascii) {
    int h = FNV32_INIT;
    for (int i = 0; i < ascii.length(); i++) {
      h *= FNV32_PRIME;
      h ^= ascii.charAt(i);
    }
    return h;
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
  }

  /** A document only OPA's parser reads as OPA would. */
  private static final class NotLaidOut extends RuntimeException {
    static final NotLaidOut INSTANCE = new NotLaidOut();

    private NotLaidOut() {
      super(null, null, false, false);
    }
  }
}
