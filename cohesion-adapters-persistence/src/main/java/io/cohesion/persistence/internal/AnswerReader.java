package io.cohesion.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the compact binary form of answers written by {@link AnswerWriter}. A reader serves one
 * stream of rows at a time (it is not thread-safe): it keeps the strings it has seen recently, so
 * that the value codes and segment values repeated in every row are decoded once and shared, with
 * their hash codes computed once, and it hands out shared boxes for whole-number answers.
 */
final class AnswerReader {
  private static final Double[] SMALL = new Double[AnswerWriter.SMALL_MAX + 1];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = (double) i;
    }
  }

  /** Strings up to this many bytes are shared; longer ones (free text) are decoded every time. */
  private static final int CACHED_MAX = 48;

  private static final int SLOTS = 512;

  private final byte[][] cachedBytes = new byte[SLOTS][];
  private final String[] cachedStrings = new String[SLOTS];

  private byte[] data;
  private int position;
  private int end;

  /** Starts reading {@code count} bytes of {@code bytes} from {@code offset}. */
  AnswerReader reset(byte[] bytes, int offset, int count) {
    this.data = bytes;
    this.position = offset;
    this.end = offset + count;
    return this;
  }

  boolean hasMore() {
    return position < end;
  }

  int u8() {
    if (position >= end) {
      throw new IllegalStateException("stored answers end too early");
    }
    return data[position++] & 0xFF;
  }

  int varint() {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = u8();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalStateException("stored answers hold a malformed count");
  }

  Double number() {
    int b = u8();
    if (b != AnswerWriter.DOUBLE) {
      return SMALL[b];
    }
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | u8();
    }
    return Double.longBitsToDouble(bits);
  }

  String string() {
    int n = varint();
    if (n > end - position) {
      throw new IllegalStateException("stored answers end inside a string");
    }
    int start = position;
    position += n;
    if (n > CACHED_MAX) {
      return new String(data, start, n, StandardCharsets.UTF_8);
    }
    int hash = 1;
    for (int i = start; i < start + n; i++) {
      hash = 31 * hash + data[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    byte[] known = cachedBytes[slot];
    if (known != null && Arrays.equals(known, 0, known.length, data, start, start + n)) {
      return cachedStrings[slot];
    }
    String value = new String(data, start, n, StandardCharsets.UTF_8);
    cachedBytes[slot] = Arrays.copyOfRange(data, start, start + n);
    cachedStrings[slot] = value;
    return value;
  }
}
