package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
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
}
