package io.payflow.platform.policies.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A map in insertion order for the few fields of a JSON object: keys and values in two arrays,
 * found by scanning (a parser hands out the same key instance for a name it has seen, so the scan
 * mostly compares references). Past {@link #MAX_SCANNED} fields it moves them into a {@code
 * LinkedHashMap}, so an object of many keys (hostile or not) is never searched linearly.
 */
final class SmallFieldMap<V> extends AbstractMap<String, V> {
  static final int MAX_SCANNED = 12;

  private String[] keys = new String[4];
  private Object[] values = new Object[4];
  private int size;
  private LinkedHashMap<String, V> large;

  @Override
  public int size() {
    return large != null ? large.size() : size;
  }

  @Override
  public V get(Object key) {
    if (large != null) {
      return large.get(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : value(i);
  }

  @Override
  public boolean containsKey(Object key) {
    return large != null ? large.containsKey(key) : indexOf(key) >= 0;
  }

  @Override
  public V put(String key, V value) {
    Objects.requireNonNull(key, "key");
    if (large != null) {
      return large.put(key, value);
    }
    int i = indexOf(key);
    if (i >= 0) {
      V old = value(i);
      values[i] = value;
      return old;
    }
    if (size == MAX_SCANNED) {
      large = new LinkedHashMap<>();
      for (int j = 0; j < size; j++) {
        large.put(keys[j], value(j));
      }
      keys = null;
      values = null;
      size = 0;
      return large.put(key, value);
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    return null;
  }

  @Override
  public V remove(Object key) {
    if (large != null) {
      return large.remove(key);
    }
    int i = indexOf(key);
    if (i < 0) {
      return null;
    }
    V old = value(i);
    removeAt(i);
    return old;
  }

  @Override
  public void clear() {
    if (large != null) {
      large.clear();
      return;
    }
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return large != null ? large.entrySet() : new Entries();
  }

  /**
   * Each field in order, without the entry {@link #entrySet} makes per field ({@code
   * ObjectNode.forEachEntry} calls this): walking a plan's configuration and every resource's
   * after_unknown through entries was tens of MB of garbage.
   */
  @Override
  public void forEach(BiConsumer<? super String, ? super V> action) {
    if (large != null) {
      large.forEach(action);
      return;
    }
    int fields = size;
    for (int i = 0; i < fields; i++) {
      action.accept(keys[i], value(i));
      if (size != fields) {
        throw new ConcurrentModificationException();
      }
    }
  }

  private int indexOf(Object key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private V value(int i) {
    return (V) values[i];
  }

  private void removeAt(int i) {
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    keys[size] = null;
    values[size] = null;
  }

  /** The fields as entries, in order; removing through the iterator removes the field. */
  private final class Entries extends AbstractSet<Map.Entry<String, V>> {
    @Override
    public int size() {
      return SmallFieldMap.this.size();
    }

    @Override
    public Iterator<Map.Entry<String, V>> iterator() {
      return new Iterator<>() {
        private int next;
        private int last = -1;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Map.Entry<String, V> next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          last = next++;
          return new Field(last);
        }

        @Override
        public void remove() {
          if (last < 0) {
            throw new IllegalStateException();
          }
          removeAt(last);
          next = last;
          last = -1;
        }
      };
    }
  }

  /** One field, writing through to the map (as a hash map's entries do). */
  private final class Field implements Map.Entry<String, V> {
    private final int index;

    Field(int index) {
      this.index = index;
    }

    @Override
    public String getKey() {
      return keys[index];
    }

    @Override
    public V getValue() {
      return value(index);
    }

    @Override
    public V setValue(V value) {
      V old = value(index);
      values[index] = value;
      return old;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e
          && getKey().equals(e.getKey())
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
