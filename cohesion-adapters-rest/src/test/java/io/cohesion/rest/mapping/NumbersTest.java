package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void readsWholeAndDecimalNumbers() {
    assertThat(Numbers.parse("4")).isEqualTo(4.0);
    assertThat(Numbers.parse("4.5")).isEqualTo(4.5);
    assertThat(Numbers.parse("-0.25")).isEqualTo(-0.25);
    assertThat(Numbers.parse("+3")).isEqualTo(3.0);
    assertThat(Numbers.parse(" 2 ")).isEqualTo(2.0);
    assertThat(Numbers.parse(".5")).isEqualTo(0.5);
    assertThat(Numbers.parse("5.")).isEqualTo(5.0);
    assertThat(Numbers.parse("1e-3")).isEqualTo(0.001);
    assertThat(Numbers.parse("2.5E1")).isEqualTo(25.0);
  }

  @Test
  void aBlankCellIsMissing() {
    assertThat(Numbers.parse("")).isNaN();
    assertThat(Numbers.parse("   ")).isNaN();
  }

  @Test
  void aDecimalCommaIsRefusedWithAHint() {
    assertThatThrownBy(() -> Numbers.parse("4,5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a number: '4,5' (write decimals with a point, as in 4.5)");
  }

  @Test
  void takesADecimalCommaWhereTheCallerAllowsIt() {
    assertThat(Numbers.parse("4,5", true)).isEqualTo(4.5);
    assertThat(Numbers.parse("-0,25", true)).isEqualTo(-0.25);
    assertThat(Numbers.parse("4.5", true)).isEqualTo(4.5);
    assertThat(Numbers.parse("0,1234567890123456789", true))
        .isEqualTo(Double.parseDouble("0.1234567890123456789"));
    byte[] ascii = " 3,75 ".getBytes(StandardCharsets.US_ASCII);
    assertThat(Numbers.parseAscii(ascii, 0, ascii.length, true)).isEqualTo(3.75);
    for (String bad : new String[] {"1.234,5", "1,2,3", ","}) {
      assertThatThrownBy(() -> Numbers.parse(bad, true))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a number: '" + bad + "'");
    }
  }

  @Test
  void refusesWhatIsNotAPlainNumber() {
    for (String bad :
        new String[] {"abc", "1.2.3", "--1", "NaN", "Infinity", "1e", "4 5", "0x10", "."}) {
      assertThatThrownBy(() -> Numbers.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a number: '" + bad.strip() + "'");
    }
    assertThatThrownBy(() -> Numbers.parse("1e999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void agreesWithTheJdkToTheLastBit() {
    SplittableRandom random = new SplittableRandom(20240611);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(4) == 0) {
        text.append('-');
      }
      text.append(random.nextLong(0, random.nextBoolean() ? 10 : 1_000_000_000_000L));
      if (random.nextBoolean()) {
        text.append('.');
        int decimals = random.nextInt(1, 22);
        for (int d = 0; d < decimals; d++) {
          text.append((char) ('0' + random.nextInt(10)));
        }
      }
      String number = text.toString();
      assertThat(Numbers.parse(number)).as(number).isEqualTo(Double.parseDouble(number));
    }
  }

  @Test
  void theBytesVersionAgreesWithTheCharactersVersionOnEveryCell() {
    SplittableRandom random = new SplittableRandom(20261128);
    String alphabet = "0123456789..--+eE, \tx";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 25);
      for (int c = 0; c < length; c++) {
        // Mostly digits, so that many cells are numbers and the rest fail in every way.
        text.append(
            random.nextInt(3) > 0
                ? (char) ('0' + random.nextInt(10))
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String cell = text.toString();
      byte[] bytes = ("##" + cell + "##").getBytes(StandardCharsets.US_ASCII);
      Object expected = outcome(() -> Numbers.parse(cell));
      Object actual = outcome(() -> Numbers.parseAscii(bytes, 2, bytes.length - 2));
      assertThat(actual).as("'%s'", cell).isEqualTo(expected);
    }
  }

  @Test
  void theBytesVersionReadsOneDigitAnswersAndLongFractions() {
    assertThat(Numbers.parseAscii(ascii("3"), 0, 1)).isEqualTo(3.0);
    byte[] tiny = ascii("0.0000000000000000000000000125");
    assertThat(Numbers.parseAscii(tiny, 0, tiny.length)).isEqualTo(1.25e-26);
    byte[] padded = ascii(" 4.25\t");
    assertThat(Numbers.parseAscii(padded, 0, padded.length)).isEqualTo(4.25);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** The value, or the message of the refusal, so that both can be compared. */
  private static Object outcome(DoubleSupplier parse) {
    try {
      double value = parse.getAsDouble();
      return Double.isNaN(value) ? "NaN" : value;
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }
}
