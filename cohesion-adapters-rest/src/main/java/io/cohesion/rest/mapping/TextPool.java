package io.cohesion.rest.mapping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a CSV cell into its text without surrounding white space, making one {@code
 * String} per distinct cell rather than one per row: a grouping column repeats a few thousand names
 * over a million rows. Past {@link #CAPACITY} distinct cells it stops remembering new ones and
 * simply decodes them, so a column of unique values costs no more than decoding would.
 */
final class TextPool {
  /** The most distinct cells remembered. */
  static final int CAPACITY = 1 << 18;

  private byte[][] keys = new byte[1024][];
  private String[] texts = new String[1024];
  private int[] hashes = new int[1024];
  private int size;

  /**
   * The text of the bytes {@code bytes[from, to)}, {@link String#strip() stripped}.
   *
   * @param encoding the encoding of the bytes, or null when every byte is below 0x80, so that each
   *     byte is one character
   */
  String text(byte[] bytes, int from, int to, Charset encoding) {
    int hash = 1;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    hash ^= hash >>> 16;
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        String text = decode(bytes, from, to, encoding);
        if (size < CAPACITY) {
          keys[slot] = Arrays.copyOfRange(bytes, from, to);
          texts[slot] = text;
          hashes[slot] = hash;
          if (++size * 2 > keys.length) {
            grow();
          }
        }
        return text;
      }
      if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, bytes, from, to)) {
        return texts[slot];
      }
    }
  }

  private static String decode(byte[] bytes, int from, int to, Charset encoding) {
    return new String(
            bytes, from, to - from, encoding == null ? StandardCharsets.ISO_8859_1 : encoding)
        .strip();
  }

  private void grow() {
    byte[][] oldKeys = keys;
    String[] oldTexts = texts;
    int[] oldHashes = hashes;
    keys = new byte[oldKeys.length * 2][];
    texts = new String[keys.length];
    hashes = new int[keys.length];
    int mask = keys.length - 1;
    for (int old = 0; old < oldKeys.length; old++) {
      if (oldKeys[old] != null) {
        int slot = oldHashes[old] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[old];
        texts[slot] = oldTexts[old];
        hashes[slot] = oldHashes[old];
      }
    }
  }
}
