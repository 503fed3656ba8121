package jixiao.transform.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionScoreTest {
    @ParameterizedTest(name = "rate {0}, score {1}: {2}")
    @CsvSource({
            "0.85, 8, floored", "0.9967, 9, floored", "0.77037, 7, floored", "0.72, 7, floored", "0.42, 4, floored",
            "0.5465, 5.47, exact", "0.8012, 8.01, exact", "1.0, 10, exact", "1.2, 10, exact", "0.0, 0, exact",
            "0.86, 9, rounded", "0.86, 6, other"})
    void howThePrintedScoreWasReached(double rate, double score, String method) {
        assertEquals(method, ExecutionScore.of(rate, 10, score).method());
    }
}
