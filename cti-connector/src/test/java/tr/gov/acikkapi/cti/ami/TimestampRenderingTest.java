package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Event doubles (timestamps above all) are written back exactly as before the fast path for microseconds. */
class TimestampRenderingTest {

    private static String general(double d) {
        return new BigDecimal(Double.toString(d)).toPlainString();
    }

    @Test
    void recordedTimestampsAndOtherDoublesReadAsBefore() {
        for (double d : new double[] {1795896568.257266, 1795896572.0, 1795896573.1, 1795896568.000001, 0.0, 0.5,
                648.0, 12.25, 1e12 + 0.5, -3.75, 1.0e-7, 123456.1234567}) {
            assertEquals(general(d), ManagerEventTranslator.render(d), "value " + d);
        }
    }

    @Test
    void anyTimestampWithUpToSixDecimalsReadsAsBefore() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long micros = 1_700_000_000_000_000L + random.nextLong(200_000_000_000_000L);
            int decimals = random.nextInt(7);
            String text = micros / 1_000_000 + (decimals == 0 ? ""
                    : "." + String.format("%06d", micros % 1_000_000).substring(0, decimals));
            double d = Double.parseDouble(text);
            assertEquals(general(d), ManagerEventTranslator.render(d), text);
        }
    }
}
