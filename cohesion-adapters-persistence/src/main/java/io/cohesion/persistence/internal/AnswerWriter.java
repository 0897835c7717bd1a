package io.cohesion.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that writes the compact binary form of answers (see {@link
 * ResponseFormat}) and, for PostgreSQL, the framing of binary COPY rows. One writer is reused for
 * every row of an import, so a row costs no allocation beyond its own bytes.
 */
final class AnswerWriter {
  /**
   * The largest whole number written as a single byte; the byte {@value #DOUBLE} marks a double.
   */
  static final int SMALL_MAX = 250;

  static final int DOUBLE = 0xFF;

  private byte[] buffer;
  private int length;

  AnswerWriter(int capacity) {
    buffer = new byte[capacity];
  }

  int length() {
    return length;
  }

  byte[] buffer() {
    return buffer;
  }

  void reset() {
    length = 0;
  }

  byte[] toBytes() {
    return Arrays.copyOf(buffer, length);
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }

  void u8(int value) {
    ensure(1);
    buffer[length++] = (byte) value;
  }

  void int16(int value) {
    ensure(2);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  void int32(int value) {
    ensure(4);
    putInt32(length, value);
    length += 4;
  }

  /** Overwrites four bytes at {@code position}: a length known only after its field is written. */
  void putInt32(int position, int value) {
    buffer[position] = (byte) (value >>> 24);
    buffer[position + 1] = (byte) (value >>> 16);
    buffer[position + 2] = (byte) (value >>> 8);
    buffer[position + 3] = (byte) value;
  }

  void int64(long value) {
    int32((int) (value >>> 32));
    int32((int) value);
  }

  void bytes(byte[] bytes, int offset, int count) {
    ensure(count);
    System.arraycopy(bytes, offset, buffer, length, count);
    length += count;
  }

  /** An unsigned count, seven bits a byte, low bits first. */
  void varint(int value) {
    ensure(5);
    while ((value & ~0x7F) != 0) {
      buffer[length++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buffer[length++] = (byte) value;
  }

  /** A string as its UTF-8 length (varint) and bytes. */
  void string(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      if (value.charAt(i) >= 0x80) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        bytes(utf8, 0, utf8.length);
        return;
      }
    }
    varint(n);
    ensure(n);
    for (int i = 0; i < n; i++) {
      buffer[length++] = (byte) value.charAt(i);
    }
  }

  /** UTF-8 bytes without a length, for COPY fields whose length is framed separately. */
  int utf8(String value) {
    int start = length;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      if (value.charAt(i) >= 0x80) {
        length = start;
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        bytes(utf8, 0, utf8.length);
        return utf8.length;
      }
      ensure(1);
      buffer[length++] = (byte) value.charAt(i);
    }
    return n;
  }

  /**
   * A number: answers are whole numbers on a short scale as a rule, which take one byte; anything
   * else (fractions, negatives, large numbers, -0.0) takes a marker byte and the eight bytes of the
   * double, so every value reads back exactly.
   */
  void number(double value) {
    if (value >= 0
        && value <= SMALL_MAX
        && value == (int) value
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
      u8((int) value);
    } else {
      u8(DOUBLE);
      int64(Double.doubleToRawLongBits(value));
    }
  }
}
