package io.cohesion.rest.mapping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the bytes of a CSV cell into its text without surrounding white space, making one {@code
 * String} per distinct cell rather than one per row: a grouping column repeats a few thousand names
 * over a million rows. Each distinct cell also gets a number, 0, 1, 2… in the order the pool first
 * saw it, so that a reader can keep a number per row and the texts once.
 */
final class TextPool {
  private byte[][] keys = new byte[1024][];
  private int[] numbers = new int[1024];
  private int[] hashes = new int[1024];
  private final List<String> texts = new ArrayList<>();

  /**
   * The text of the bytes {@code bytes[from, to)}, {@link String#strip() stripped}.
   *
   * @param encoding the encoding of the bytes, or null when every byte is below 0x80, so that each
   *     byte is one character
   */
  String text(byte[] bytes, int from, int to, Charset encoding) {
    return text(number(bytes, from, to, encoding));
  }

  /**
   * The number of the cell {@code bytes[from, to)}: the same for the same bytes. Cells whose bytes
   * differ get different numbers, even where their texts are the same once stripped.
   *
   * @param encoding as {@link #text(byte[], int, int, Charset)}
   */
  int number(byte[] bytes, int from, int to, Charset encoding) {
    int hash = 1;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    hash ^= hash >>> 16;
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        int number = texts.size();
        texts.add(decode(bytes, from, to, encoding));
        keys[slot] = Arrays.copyOfRange(bytes, from, to);
        numbers[slot] = number;
        hashes[slot] = hash;
        if (texts.size() * 2 > keys.length) {
          grow();
        }
        return number;
      }
      if (hashes[slot] == hash && equal(key, bytes, from, to)) {
        return numbers[slot];
      }
    }
  }

  /**
   * Whether {@code key} holds the bytes {@code bytes[from, to)}: a plain loop, as keys are short.
   */
  private static boolean equal(byte[] key, byte[] bytes, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != bytes[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The text of the cell numbered {@code number}, stripped. */
  String text(int number) {
    return texts.get(number);
  }

  /** The texts of the cells by number; several numbers may have the same text. */
  List<String> texts() {
    return texts;
  }

  private static String decode(byte[] bytes, int from, int to, Charset encoding) {
    return new String(
            bytes, from, to - from, encoding == null ? StandardCharsets.ISO_8859_1 : encoding)
        .strip();
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldNumbers = numbers;
    int[] oldHashes = hashes;
    keys = new byte[oldKeys.length * 2][];
    numbers = new int[keys.length];
    hashes = new int[keys.length];
    int mask = keys.length - 1;
    for (int old = 0; old < oldKeys.length; old++) {
      if (oldKeys[old] != null) {
        int slot = oldHashes[old] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[old];
        numbers[slot] = oldNumbers[old];
        hashes[slot] = oldHashes[old];
      }
    }
  }
}
