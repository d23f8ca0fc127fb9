package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpokenTurkishTest {

    private static String said(List<IvrWord> words) {
        return words.stream().map(IvrWord::text).collect(Collectors.joining(" "));
    }

    @Test
    void numbersAreSaidAsTurkishCountsThem() {
        assertEquals("sıfır", said(SpokenTurkish.number(0)));
        assertEquals("yedi", said(SpokenTurkish.number(7)));
        assertEquals("on", said(SpokenTurkish.number(10)));
        assertEquals("on bir", said(SpokenTurkish.number(11)));
        assertEquals("otuz bir", said(SpokenTurkish.number(31)));
        assertEquals("yüz", said(SpokenTurkish.number(100)));
        assertEquals("yüz beş", said(SpokenTurkish.number(105)));
        assertEquals("iki yüz kırk", said(SpokenTurkish.number(240)));
        assertEquals("bin", said(SpokenTurkish.number(1000)));
        assertEquals("bin dokuz yüz doksan dokuz", said(SpokenTurkish.number(1999)));
        assertEquals("iki bin", said(SpokenTurkish.number(2000)));
        assertEquals("iki bin yirmi altı", said(SpokenTurkish.number(2026)));
        assertEquals("yüz bin bir", said(SpokenTurkish.number(100_001)));
        assertEquals("dokuz yüz doksan dokuz bin dokuz yüz doksan dokuz", said(SpokenTurkish.number(999_999)));
    }

    @Test
    void numbersOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SpokenTurkish.number(-1));
        assertThrows(IllegalArgumentException.class, () -> SpokenTurkish.number(1_000_000));
    }

    @Test
    void aTrackingNumberIsSaidDigitByDigit() {
        assertEquals("bir sıfır sıfır sıfır sıfır sıfır bir iki üç dokuz", said(SpokenTurkish.digits("1000001239")));
        assertThrows(IllegalArgumentException.class, () -> SpokenTurkish.digits("12a4"));
    }

    @Test
    void aDateIsDayMonthNameAndYear() {
        assertEquals("beş Aralık iki bin yirmi altı", said(SpokenTurkish.date(LocalDate.of(2026, 12, 5))));
        assertEquals("bir Ocak iki bin yirmi yedi", said(SpokenTurkish.date(LocalDate.of(2027, 1, 1))));
        assertEquals("otuz bir Mayıs iki bin otuz", said(SpokenTurkish.date(LocalDate.of(2030, 5, 31))));
    }

    @Test
    void everyMonthHasItsOwnName() {
        for (java.time.Month month : java.time.Month.values()) {
            assertEquals("acikkapi/ay-" + month.getValue(), IvrWord.month(month).file());
        }
    }
}
