package io.cohesion.persistence.internal;

import java.io.ByteArrayOutputStream;

/**
 * Ascending response ids as one compact value: the first id and then each gap to the next, as
 * unsigned LEB128 varints (seven bits a byte, the high bit set on every byte but a number's last).
 * Ids of one wave lie close together, so most take one byte. Not API.
 */
public final class IdDeltas {
  private IdDeltas() {}

  /** The ids, ascending and positive, as bytes. */
  public static byte[] encode(long[] ids) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(ids.length + 8);
    long previous = 0;
    for (long id : ids) {
      long gap = id - previous;
      if (gap <= 0) {
        throw new IllegalArgumentException("ids must ascend, got " + id + " after " + previous);
      }
      while ((gap & ~0x7FL) != 0) {
        out.write((int) ((gap & 0x7F) | 0x80));
        gap >>>= 7;
      }
      out.write((int) gap);
      previous = id;
    }
    return out.toByteArray();
  }

  /**
   * The {@code size} ids in {@code bytes}.
   *
   * @throws IllegalArgumentException when the bytes hold another number of ids
   */
  public static long[] decode(byte[] bytes, int size) {
    long[] ids = new long[size];
    int at = 0;
    long previous = 0;
    for (int i = 0; i < size; i++) {
      long gap = 0;
      int shift = 0;
      while (true) {
        if (at == bytes.length || shift > 63) {
          throw new IllegalArgumentException("stored ids end after " + i + " of " + size);
        }
        int b = bytes[at++];
        gap |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          break;
        }
        shift += 7;
      }
      previous += gap;
      ids[i] = previous;
    }
    if (at != bytes.length) {
      throw new IllegalArgumentException("stored ids go on after " + size + " ids");
    }
    return ids;
  }
}
