package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextPoolTest {

  private static String text(TextPool pool, String cell) {
    byte[] bytes = ("," + cell + ",").getBytes(StandardCharsets.UTF_8);
    boolean ascii = cell.chars().allMatch(c -> c < 0x80);
    return pool.text(bytes, 1, bytes.length - 1, ascii ? null : StandardCharsets.UTF_8);
  }

  @Test
  void givesTheSameStringForTheSameCell() {
    TextPool pool = new TextPool();

    String first = text(pool, "De Wei");
    String again = text(pool, "De Wei");

    assertThat(first).isEqualTo("De Wei");
    assertThat(again).isSameAs(first);
    assertThat(text(pool, "De Weide")).isEqualTo("De Weide");
  }

  @Test
  void stripsSurroundingSpaceAndDecodesUtf8() {
    TextPool pool = new TextPool();

    assertThat(text(pool, "  Binnenhof ")).isEqualTo("Binnenhof");
    assertThat(text(pool, "Straße")).isEqualTo("Straße");
    assertThat(text(pool, "   ")).isEmpty();
  }

  @Test
  void numbersEveryDistinctCellInTheOrderItFirstSawThem() {
    TextPool pool = new TextPool();
    int distinct = 300_000;

    for (int i = 0; i < distinct; i++) {
      assertThat(text(pool, "g" + i)).isEqualTo("g" + i);
    }
    for (int i = 0; i < distinct; i += 997) {
      byte[] bytes = ("g" + i).getBytes(StandardCharsets.UTF_8);
      assertThat(pool.number(bytes, 0, bytes.length, null)).isEqualTo(i);
      assertThat(pool.text(i)).isEqualTo("g" + i);
    }
    byte[] spaced = " g7".getBytes(StandardCharsets.UTF_8);
    assertThat(pool.number(spaced, 0, spaced.length, null)).isEqualTo(distinct);
    assertThat(pool.texts()).hasSize(distinct + 1).endsWith("g7");
  }
}
