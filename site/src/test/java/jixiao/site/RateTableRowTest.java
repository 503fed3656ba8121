package jixiao.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jixiao.transform.RateBand;

/** Every share with its n, and a row of a few forms as counts: one form at 100% is not "100%". */
class RateTableRowTest {
    private static DistributionRow row(long rated) {
        Map<RateBand, Long> bands = new EnumMap<>(RateBand.class);
        bands.put(RateBand.values()[RateBand.values().length - 2], rated);
        return new DistributionRow("省", "市", "县", "县", 2024, rated, rated, bands, 1.0, 1.0, 1.0, 1.0);
    }

    @Test
    void fewFormsGiveCountsNotShares() {
        RateTableRow few = RateTableRow.of(row(2));
        assertEquals("—", few.bands().get(RateBand.values().length - 2).share());
        assertEquals(2, few.bands().get(RateBand.values().length - 2).count());
        assertEquals("—", few.p25());
        RateTableRow enough = RateTableRow.of(row(RateTableRow.MIN_FOR_SHARES));
        assertEquals("100.0%", enough.bands().get(RateBand.values().length - 2).share());
    }
}
