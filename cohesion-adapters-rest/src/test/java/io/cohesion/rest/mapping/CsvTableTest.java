package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  @Test
  void aTableIsAHeaderRowAndItsRowsEachEndedByCrLf() {
    CsvTable table = new CsvTable(List.of("code", "n", "mean", "suppressed"));
    table.row().text("contact").count(12).number(3.25).flag(false);
    table.row().text("green").empty().empty().flag(true);

    assertThat(table.toCsv())
        .isEqualTo("code,n,mean,suppressed\r\ncontact,12,3.25,false\r\ngreen,,,true\r\n");
  }

  @Test
  void numbersAreWrittenAsJsonWritesThemAndUndefinedOnesAreEmpty() {
    CsvTable table = new CsvTable(List.of("a", "b", "c", "d", "e"));
    table.row().number(-0.25).number(0.1 + 0.2).number(1e-7).number(Double.NaN).number(4.0);

    assertThat(table.toCsv()).endsWith("\r\n-0.25,0.30000000000000004,1.0E-7,,4.0\r\n");
  }

  @Test
  void textWithSeparatorsQuotesOrLineBreaksIsQuoted() {
    CsvTable table = new CsvTable(List.of("label"));
    table.row().text("Groen, blauw");
    table.row().text("de \"Kern\"");
    table.row().text("two\nlines");
    table.row().text("plain");

    assertThat(table.toCsv())
        .isEqualTo(
            "label\r\n\"Groen, blauw\"\r\n\"de \"\"Kern\"\"\"\r\n\"two\nlines\"\r\nplain\r\n");
  }

  @Test
  void textThatASpreadsheetCouldExecuteIsNeutralised() {
    CsvTable table = new CsvTable(List.of("label"));
    for (String hostile :
        List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")")) {
      table.row().text(hostile);
    }

    assertThat(table.toCsv().split("\r\n", -1))
        .containsExactly(
            "label",
            "'=1+1",
            "'+1",
            "'-1",
            "'@SUM(A1)",
            "'\tx",
            "\"'\rx\"",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            "");
  }

  @Test
  void aNegativeNumberIsANumberNotText() {
    CsvTable table = new CsvTable(List.of("difference", "label"));
    table.row().number(-1.5).text("-1.5");

    assertThat(table.toCsv()).endsWith("\r\n-1.5,'-1.5\r\n");
  }

  @Test
  void textInTheMiddleIsLeftAsItIs() {
    CsvTable table = new CsvTable(List.of("label", "reason"));
    table.row().text("a=b+c-d@e").text(null);

    assertThat(table.toCsv()).isEqualTo("label,reason\r\na=b+c-d@e,\r\n");
  }

  @Test
  void aRowMustFillEveryColumn() {
    CsvTable table = new CsvTable(List.of("a", "b"));
    table.row().text("x");

    assertThatThrownBy(table::toCsv)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row 1 has 1 cells, the header 2");
  }
}
