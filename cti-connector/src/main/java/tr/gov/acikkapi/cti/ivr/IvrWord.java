package tr.gov.acikkapi.cti.ivr;

import java.time.Month;

/**
 * The words the IVR builds numbers and dates from, each a sound file of its own beside the prompts: the digits,
 * the tens, {@code yüz}, {@code bin} and the month names. Turkish numbers are said by putting these words
 * side by side ({@code 2026} = {@code iki bin yirmi altı}), so the status line reads a tracking number and a date
 * in Turkish from our own files ({@link SpokenTurkish}) and needs no Turkish sound set of Asterisk's.
 */
public enum IvrWord {
    ZERO("acikkapi/sayi-0", "sıfır"),
    ONE("acikkapi/sayi-1", "bir"),
    TWO("acikkapi/sayi-2", "iki"),
    THREE("acikkapi/sayi-3", "üç"),
    FOUR("acikkapi/sayi-4", "dört"),
    FIVE("acikkapi/sayi-5", "beş"),
    SIX("acikkapi/sayi-6", "altı"),
    SEVEN("acikkapi/sayi-7", "yedi"),
    EIGHT("acikkapi/sayi-8", "sekiz"),
    NINE("acikkapi/sayi-9", "dokuz"),
    TEN("acikkapi/sayi-10", "on"),
    TWENTY("acikkapi/sayi-20", "yirmi"),
    THIRTY("acikkapi/sayi-30", "otuz"),
    FORTY("acikkapi/sayi-40", "kırk"),
    FIFTY("acikkapi/sayi-50", "elli"),
    SIXTY("acikkapi/sayi-60", "altmış"),
    SEVENTY("acikkapi/sayi-70", "yetmiş"),
    EIGHTY("acikkapi/sayi-80", "seksen"),
    NINETY("acikkapi/sayi-90", "doksan"),
    HUNDRED("acikkapi/sayi-100", "yüz"),
    THOUSAND("acikkapi/sayi-1000", "bin"),
    JANUARY("acikkapi/ay-1", "Ocak"),
    FEBRUARY("acikkapi/ay-2", "Şubat"),
    MARCH("acikkapi/ay-3", "Mart"),
    APRIL("acikkapi/ay-4", "Nisan"),
    MAY("acikkapi/ay-5", "Mayıs"),
    JUNE("acikkapi/ay-6", "Haziran"),
    JULY("acikkapi/ay-7", "Temmuz"),
    AUGUST("acikkapi/ay-8", "Ağustos"),
    SEPTEMBER("acikkapi/ay-9", "Eylül"),
    OCTOBER("acikkapi/ay-10", "Ekim"),
    NOVEMBER("acikkapi/ay-11", "Kasım"),
    DECEMBER("acikkapi/ay-12", "Aralık");

    private static final IvrWord[] DIGITS = {ZERO, ONE, TWO, THREE, FOUR, FIVE, SIX, SEVEN, EIGHT, NINE};
    private static final IvrWord[] TENS = {null, TEN, TWENTY, THIRTY, FORTY, FIFTY, SIXTY, SEVENTY, EIGHTY, NINETY};

    private final String file;
    private final String text;

    IvrWord(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The sound file name as STREAM FILE takes it (no extension). */
    public String file() {
        return file;
    }

    /** The word the recording says, in Turkish. */
    public String text() {
        return text;
    }

    /** The word for a digit 0-9. */
    static IvrWord digit(int digit) {
        return DIGITS[digit];
    }

    /** The word for 10, 20, … 90, given the tens digit 1-9. */
    static IvrWord tens(int tensDigit) {
        return TENS[tensDigit];
    }

    /** The month's name. */
    static IvrWord month(Month month) {
        return values()[JANUARY.ordinal() + month.ordinal()];
    }
}
