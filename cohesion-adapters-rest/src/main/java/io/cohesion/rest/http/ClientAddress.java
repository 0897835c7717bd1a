package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.net.InetAddresses;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The address a request is counted under by the rate limits: the TCP peer, or, when the peer is a
 * trusted proxy, the client that proxy names in {@code X-Forwarded-For} (docs/configuration.md).
 *
 * <p>The header is read from the right, where the trusted proxies append what they saw: each entry
 * that is a trusted proxy is skipped, and the first that is not is the client. Anything left of it
 * was written by the client itself and is never read, so a client cannot pick its own key by
 * sending a header. An entry that is not an address (such as {@code unknown}) ends the walk, and
 * the request is counted under the last trusted hop, which is the conservative choice: several
 * clients then share one count, none gets a count of its own. Without trusted proxies, and for a
 * peer that is not one, the header is ignored. The RFC 7239 {@code Forwarded} header is not read.
 */
@API(status = INTERNAL, since = "0.3.0")
public final class ClientAddress {
  /** The header the trusted proxies append the address they saw to. */
  public static final String HEADER = "X-Forwarded-For";

  private static final ClientAddress PEER = new ClientAddress(List.of());

  private final List<Range> trusted;

  private ClientAddress(List<Range> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /** The peer's address, always: no proxy is trusted. */
  public static ClientAddress peer() {
    return PEER;
  }

  /**
   * Trusts the proxies {@code specs} names: each an IPv4 or IPv6 address ({@code 10.0.0.7}, {@code
   * ::1}) or a range in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}).
   *
   * @throws IllegalArgumentException for an entry that is neither, or a range of prefix 0, which
   *     would trust every address
   */
  public static ClientAddress trusting(List<String> specs) {
    List<Range> ranges = new ArrayList<>();
    for (String spec : specs) {
      ranges.add(Range.parse(spec));
    }
    return ranges.isEmpty() ? PEER : new ClientAddress(ranges);
  }

  /** The address {@code ctx} is counted under. */
  public String of(Context ctx) {
    if (trusted.isEmpty()) {
      return ctx.ip();
    }
    return of(ctx.ip(), Collections.list(ctx.req().getHeaders(HEADER)));
  }

  /**
   * What the rate limits count a request under: its client's address ({@link #of(Context)}), or,
   * for an IPv6 client, the /64 network that address is in. One subscriber line or host is usually
   * given a whole /64, so counting single IPv6 addresses would let a client take a new count for
   * each request by changing the last bits of its own address.
   */
  public String countedUnder(Context ctx) {
    return network(of(ctx));
  }

  /**
   * {@code address} as the rate limits count it: an IPv4 address as it is, an IPv6 address as its
   * /64 network ({@code 2001:db8:0:7:0:0:0:0/64}), and anything that is not an address as it is.
   */
  public static String network(String address) {
    if (address.indexOf(':') < 0) {
      return address; // IPv4, as every request over IPv4 gives it: nothing to parse
    }
    byte[] bytes = parse(address);
    if (bytes == null) {
      return address;
    }
    if (bytes.length == 16) {
      Arrays.fill(bytes, 8, 16, (byte) 0);
      return text(bytes) + "/64";
    }
    return text(bytes);
  }

  /**
   * The address a request from {@code peer} with these {@code X-Forwarded-For} headers (in the
   * order received, each possibly a comma-separated list) is counted under.
   */
  public String of(String peer, List<String> forwardedFor) {
    byte[] hop = parse(peer);
    if (hop == null) {
      return peer;
    }
    if (!isTrusted(hop)) {
      return text(hop);
    }
    List<String> entries = new ArrayList<>();
    for (String header : forwardedFor) {
      entries.addAll(Arrays.asList(header.split(",", -1)));
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      byte[] entry = parse(entries.get(i).strip());
      if (entry == null) {
        break;
      }
      hop = entry;
      if (!isTrusted(hop)) {
        return text(hop);
      }
    }
    return text(hop);
  }

  /** Whether {@code address} (4 or 16 bytes) is one of the trusted proxies. */
  private boolean isTrusted(byte[] address) {
    for (Range range : trusted) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** The usual text of an address: dotted for IPv4, eight groups for IPv6. */
  private static String text(byte[] address) {
    try {
      return InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of " + address.length + " bytes", e);
    }
  }

  /** A trusted proxy: an address and the number of leading bits that must match. */
  private record Range(byte[] address, int bits) {
    static Range parse(String spec) {
      String text = spec == null ? "" : spec.strip();
      int slash = text.indexOf('/');
      byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException(
            "a trusted proxy is an IPv4 or IPv6 address or a CIDR range such as 10.0.0.0/8, got '"
                + spec
                + "'");
      }
      int max = address.length * 8;
      int bits = max;
      if (slash >= 0) {
        String prefix = text.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > max) {
          throw new IllegalArgumentException(
              "the prefix of trusted proxy range '" + spec + "' must be 1 to " + max);
        }
        bits = Integer.parseInt(prefix);
        if (bits == 0) {
          throw new IllegalArgumentException(
              "trusted proxy range '" + spec + "' trusts every address: name the proxies");
        }
      }
      return new Range(address, bits);
    }

    boolean contains(byte[] other) {
      if (other.length != address.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != other[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest);
      return ((address[whole] ^ other[whole]) & mask) == 0;
    }
  }

  /**
   * The bytes of an address as a proxy or the server writes it: a literal IPv4 or IPv6 address,
   * optionally with a port ({@code 192.0.2.1:443}, {@code [2001:db8::1]:443}); an IPv6 address may
   * be in brackets and carry a zone ({@code fe80::1%eth0}), and one that maps an IPv4 address is
   * that IPv4 address. Null for anything else: no name is ever looked up.
   */
  static byte[] parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 64) {
      return null;
    }
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0 || !port(text.substring(close + 1))) {
        return null;
      }
      String inside = text.substring(1, close);
      return inside.indexOf(':') < 0 ? null : literal(inside);
    }
    int colon = text.indexOf(':');
    if (colon >= 0 && text.indexOf(':', colon + 1) < 0) {
      // One colon: an IPv4 address and its port.
      return port(text.substring(colon)) ? literal(text.substring(0, colon)) : null;
    }
    return literal(text);
  }

  /**
   * An address without port or brackets: IPv4, or IPv6 possibly with a zone, which is dropped.
   * Guava's parser reads literals only and looks no name up; it refuses IPv4 parts with a leading
   * zero, and gives an IPv4-mapped IPv6 address as its IPv4 address.
   */
  private static byte[] literal(String text) {
    int percent = text.indexOf('%');
    if (percent >= 0) {
      // A zone names an interface of the machine that wrote the address, not of this one.
      if (text.indexOf(':') < 0 || !text.substring(percent + 1).matches("[A-Za-z0-9._-]{1,32}")) {
        return null;
      }
      text = text.substring(0, percent);
    }
    try {
      return InetAddresses.forString(text).getAddress();
    } catch (IllegalArgumentException notAnAddress) {
      return null;
    }
  }

  /** Whether {@code rest} is empty, or {@code :} and a port. */
  private static boolean port(String rest) {
    return rest.isEmpty() || rest.matches(":\\d{1,5}");
  }
}
