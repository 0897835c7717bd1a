package io.cohesion.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressTest {
  private static final ClientAddress PROXIES =
      ClientAddress.trusting(List.of("10.0.0.0/8", "192.0.2.7", "fd00::/8"));

  private static String client(String peer, String... forwardedFor) {
    return PROXIES.of(peer, List.of(forwardedFor));
  }

  @Test
  void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
    assertThat(ClientAddress.trusting(List.of())).isSameAs(ClientAddress.peer());
    // The header is not read at all: the peer's text is kept as the server gave it.
    assertThat(ClientAddress.peer().of("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverTheHeaderSays() {
    assertThat(client("198.51.100.4", "203.0.113.9")).isEqualTo("198.51.100.4");
    assertThat(client("198.51.100.4", "10.0.0.1")).isEqualTo("198.51.100.4");
    assertThat(client("11.0.0.1", "203.0.113.9")).isEqualTo("11.0.0.1");
  }

  @Test
  void aTrustedPeerWithoutTheHeaderIsTheClient() {
    assertThat(client("10.1.2.3")).isEqualTo("10.1.2.3");
  }

  @Test
  void aTrustedPeerNamesTheClient() {
    assertThat(client("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(client("192.0.2.7", " 203.0.113.9 ")).isEqualTo("203.0.113.9");
  }

  @Test
  void entriesLeftOfTheFirstUntrustedOneAreNeverRead() {
    // The client sent "X-Forwarded-For: 198.51.100.1" itself; the proxy appended what it saw.
    assertThat(client("10.1.2.3", "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
    // A spoofed trusted address on the left does not help either.
    assertThat(client("10.1.2.3", "10.9.9.9, 203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(client("10.1.2.3", "garbage, 203.0.113.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void aChainOfTrustedProxiesIsWalkedFromTheRight() {
    assertThat(client("10.0.0.1", "198.51.100.1, 203.0.113.9, 192.0.2.7, 10.0.0.2"))
        .isEqualTo("203.0.113.9");
    // Several header lines are one list, in the order received.
    assertThat(client("10.0.0.1", "198.51.100.1", "203.0.113.9, 192.0.2.7", "10.0.0.2"))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
    assertThat(client("10.0.0.1", "10.0.0.3, 10.0.0.2")).isEqualTo("10.0.0.3");
  }

  @Test
  void aMalformedEntryStopsTheWalkAtTheLastTrustedHop() {
    assertThat(client("10.0.0.1", "unknown")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "203.0.113.9, _hidden")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "203.0.113.9, unknown, 10.0.0.2")).isEqualTo("10.0.0.2");
    assertThat(client("10.0.0.1", "203.0.113.9,")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "203.0.113.9, example.org")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "203.0.113.9, 203.0.113.256")).isEqualTo("10.0.0.1");
  }

  @Test
  void ipv6ClientsAndProxies() {
    assertThat(client("fd00::1", "2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(client("[fd00::1]", "2001:DB8::1, fd12::3")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(client("fd00::1", "[2001:db8::1]:4711")).isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(client("fd00::1", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(client("10.0.0.1", "2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
    // An IPv6 peer outside the trusted ranges is the client, also one that is not fd00::/8.
    assertThat(client("fe00::1", "203.0.113.9")).isEqualTo("fe00:0:0:0:0:0:0:1");
    assertThat(client("2001:db8::7", "203.0.113.9")).isEqualTo("2001:db8:0:0:0:0:0:7");
  }

  @Test
  void anIpv4MappedAddressIsItsIpv4Address() {
    assertThat(client("::ffff:10.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(client("10.0.0.1", "::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(client("0:0:0:0:0:ffff:c633:6401", "203.0.113.9")).isEqualTo("198.51.100.1");
  }

  @Test
  void portsAreDropped() {
    assertThat(client("10.0.0.1", "203.0.113.9:4711")).isEqualTo("203.0.113.9");
    assertThat(client("10.0.0.1", "203.0.113.9:4711:1")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "203.0.113.9:port")).isEqualTo("10.0.0.1");
  }

  @Test
  void aPeerThatIsNotAnAddressIsKeptAsItIs() {
    assertThat(client("some-socket", "203.0.113.9")).isEqualTo("some-socket");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.256",
        "01.2.3.4",
        "1.2.3.-4",
        "1..3.4",
        " 1.2.3.4",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        "::g",
        "12345::",
        "1:2:3:4:5:6:7::8",
        "[::1",
        "[::1]x",
        "::1]",
        "::ffff:1.2.3",
        "fe80::1%",
        "example.org",
        "localhost",
        "deadbeef",
        ""
      })
  void notAnAddress(String text) {
    assertThat(ClientAddress.parse(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "255.255.255.255",
        "::",
        "::1",
        "1::",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6::8",
        "::2:3:4:5:6:7:8",
        "fe80::1%eth0",
        "[fe80::1%eth0]:80",
        "64:ff9b::192.0.2.1"
      })
  void anAddress(String text) {
    assertThat(ClientAddress.parse(text)).isNotNull();
  }

  @Test
  void anAddressHasItsBytes() {
    assertThat(ClientAddress.parse("1:2:3:4:5:6::8"))
        .containsExactly(0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 0, 0, 8);
    assertThat(ClientAddress.parse("::2:3:4:5:6:7:8"))
        .containsExactly(0, 0, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8);
    assertThat(ClientAddress.parse("64:ff9b::192.0.2.1"))
        .containsExactly(0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 2, 1);
    assertThat(ClientAddress.parse("192.0.2.1:8080")).containsExactly(192, 0, 2, 1);
  }

  @Test
  void aRangeMatchesItsPrefixOnly() {
    ClientAddress nine = ClientAddress.trusting(List.of("10.0.0.0/9"));
    assertThat(nine.of("10.127.255.255", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(nine.of("10.128.0.0", List.of("203.0.113.9"))).isEqualTo("10.128.0.0");
    ClientAddress one = ClientAddress.trusting(List.of("2001:db8::7"));
    assertThat(one.of("2001:db8::7", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(one.of("2001:db8::6", List.of("203.0.113.9"))).isEqualTo("2001:db8:0:0:0:0:0:6");
    // Host bits of a range do not matter; an IPv4 range never matches an IPv6 address.
    ClientAddress sloppy = ClientAddress.trusting(List.of("10.1.2.3/8"));
    assertThat(sloppy.of("10.200.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(sloppy.of("a01::1", List.of("203.0.113.9"))).isEqualTo("a01:0:0:0:0:0:0:1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0/0",
        "::/0",
        "10.0.0.0/33",
        "fd00::/129",
        "10.0.0.0/",
        "10.0.0.0/x",
        "10.0.0.0/-1",
        "/8",
        "proxy.example.org",
        "10.0.0.1:80",
        ""
      })
  void aBadTrustedProxyIsRefused(String spec) {
    assertThatThrownBy(() -> ClientAddress.trusting(List.of(spec)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + spec + "'");
  }

  @Test
  void anIpv6AddressIsCountedAsItsSlash64AndAnIpv4AddressAsItself() {
    assertThat(ClientAddress.network("2001:db8:0:7::1")).isEqualTo("2001:db8:0:7:0:0:0:0/64");
    assertThat(ClientAddress.network("2001:db8:0:7:ffff:1:2:3"))
        .isEqualTo(ClientAddress.network("2001:db8:0:7::1"));
    assertThat(ClientAddress.network("2001:db8:0:8::1")).isEqualTo("2001:db8:0:8:0:0:0:0/64");
    assertThat(ClientAddress.network("[2001:db8::1]:4711")).isEqualTo("2001:db8:0:0:0:0:0:0/64");
    assertThat(ClientAddress.network("203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.network("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.network("not an address")).isEqualTo("not an address");
  }
}
