package jixiao.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateBandTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "-0.2, BELOW_50", "0, BELOW_50", "0.4999, BELOW_50",
            "0.5, FROM_50_TO_80", "0.7999, FROM_50_TO_80",
            "0.8, FROM_80_TO_90", "0.9, FROM_90_TO_95", "0.95, FROM_95_TO_100", "0.999, FROM_95_TO_100",
            "1, EXACTLY_100", "0.9999999999, EXACTLY_100", "1.0000000001, EXACTLY_100",
            "1.000001, OVER_100", "3, OVER_100"})
    void edgesAreHalfOpenAndOneIsExact(double rate, RateBand expected) {
        assertEquals(expected, RateBand.of(rate));
    }

    @Test
    void nanHasNoBand() {
        assertThrows(IllegalArgumentException.class, () -> RateBand.of(Double.NaN));
    }

    @Test
    void columnsAreTheGoldTableNames() {
        List<String> columns = Arrays.stream(RateBand.values()).map(RateBand::column).toList();
        assertEquals(List.of("band_0_50", "band_50_80", "band_80_90", "band_90_95", "band_95_100", "band_100",
                "band_over_100"), columns);
    }
}
