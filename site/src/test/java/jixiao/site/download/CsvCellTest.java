package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class CsvCellTest {
    @Test
    void doublesInShortestPlainForm() {
        assertEquals("0.1", CsvCell.text(0.1));
        assertEquals("0.3", CsvCell.text(0.3));
        assertEquals("0.30000000000000004", CsvCell.text(0.1 + 0.2)); // a different double, told apart
        assertEquals("100", CsvCell.text(100.0));
        assertEquals("92.5", CsvCell.text(92.5));
        assertEquals("-3.5", CsvCell.text(-3.5));
        assertEquals("0.00001", CsvCell.text(1e-5));
        assertEquals("12345678901234567000", CsvCell.text(1.2345678901234567e19));
        assertEquals("0", CsvCell.text(-0.0));
        assertEquals("", CsvCell.text(Double.NaN));
        assertEquals("", CsvCell.text(Double.POSITIVE_INFINITY));
        assertEquals("", CsvCell.text(Double.NEGATIVE_INFINITY));
    }

    @Test
    void otherValues() {
        assertEquals("", CsvCell.text(null));
        assertEquals("42", CsvCell.text(42));
        assertEquals("-7", CsvCell.text(-7L));
        assertEquals("true", CsvCell.text(true));
        assertEquals("2025-03-01", CsvCell.text(LocalDate.of(2025, 3, 1)));
        assertEquals("2025-03-01T08:00:00Z", CsvCell.text(Instant.parse("2025-03-01T08:00:00Z")));
        assertEquals("a; b; ", CsvCell.text(Arrays.asList("a", "b", null)));
        assertEquals("", CsvCell.text(List.of()));
    }

    @Test
    void mapsInKeyOrder() {
        assertEquals("低=1; 高=2", CsvCell.text(new TreeMap<>(Map.of("高", 2L, "低", 1L))));
        Map<String, Object> unsorted = new LinkedHashMap<>();
        unsorted.put("b", 0.5);
        unsorted.put("a", List.of(1, 2));
        assertEquals("a=1; 2; b=0.5", CsvCell.text(unsorted));
    }

    @Test
    void hostileTextNeutralised() {
        assertEquals("'=1+1", CsvCell.field("=1+1"));
        assertEquals("'+SUM(A1)", CsvCell.field("+SUM(A1)"));
        assertEquals("'-2+3", CsvCell.field("-2+3"));
        assertEquals("'@cmd", CsvCell.field("@cmd"));
        assertEquals("'\t=x", CsvCell.field("\t=x"));
        assertEquals("\"'\r=y\"", CsvCell.field("\r=y")); // neutralised, then quoted for the CR
        assertEquals("'-3.5", CsvCell.field("-3.5")); // text that looks like a number is still text
        assertEquals("'-1.5; 2", CsvCell.field(List.of(-1.5, 2.0))); // a list's text is text
        assertEquals("a=1+1", CsvCell.field("a=1+1"));
        assertEquals("", CsvCell.field(""));
    }

    @Test
    void numbersStayNumbers() {
        assertEquals("-3.5", CsvCell.field(-3.5));
        assertEquals("-2", CsvCell.field(-2L));
        assertEquals("-2", CsvCell.field(-2));
        assertEquals("", CsvCell.field(Double.NaN));
    }

    @Test
    void rfc4180Quoting() {
        assertEquals("plain", CsvCell.field("plain"));
        assertEquals("\"a,b\"", CsvCell.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCell.field("say \"hi\""));
        assertEquals("\"one\ntwo\"", CsvCell.field("one\ntwo"));
        assertEquals("\"one\r\ntwo\"", CsvCell.field("one\r\ntwo"));
        assertEquals("预算执行率", CsvCell.field("预算执行率"));
    }
}
