package tr.gov.acikkapi.cti.ivr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How the IVR says numbers in Turkish, as a sequence of {@link IvrWord} files: a tracking number digit by digit,
 * a number as Turkish counts ({@code 2026} is {@code iki bin yirmi altı}; {@code 100} is {@code yüz} and
 * {@code 1000} is {@code bin}, without {@code bir}), and a date as Turkish says it: day, month name, year
 * ({@code 5 Aralık 2026} is {@code beş Aralık iki bin yirmi altı}).
 */
final class SpokenTurkish {

    /** The largest number {@link #number(int)} says. */
    static final int MAX_NUMBER = 999_999;

    private SpokenTurkish() {
    }

    /** Each digit on its own, e.g. for a tracking number. */
    static List<IvrWord> digits(String digits) {
        List<IvrWord> words = new ArrayList<>(digits.length());
        for (char c : digits.toCharArray()) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: '" + c + "'");
            }
            words.add(IvrWord.digit(c - '0'));
        }
        return List.copyOf(words);
    }

    /** A number from 0 to {@value #MAX_NUMBER} as a Turkish speaker says it. */
    static List<IvrWord> number(int number) {
        if (number < 0 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("number out of range 0-" + MAX_NUMBER + ": " + number);
        }
        if (number == 0) {
            return List.of(IvrWord.ZERO);
        }
        List<IvrWord> words = new ArrayList<>();
        int thousands = number / 1000;
        if (thousands > 1) {
            words.addAll(belowThousand(thousands));
        }
        if (thousands > 0) {
            words.add(IvrWord.THOUSAND);
        }
        words.addAll(belowThousand(number % 1000));
        return List.copyOf(words);
    }

    /** Day, month name, year. */
    static List<IvrWord> date(LocalDate date) {
        List<IvrWord> words = new ArrayList<>(number(date.getDayOfMonth()));
        words.add(IvrWord.month(date.getMonth()));
        words.addAll(number(date.getYear()));
        return List.copyOf(words);
    }

    /** 1-999 ({@code yüz}, not {@code bir yüz}); nothing for 0. */
    private static List<IvrWord> belowThousand(int number) {
        List<IvrWord> words = new ArrayList<>(4);
        int hundreds = number / 100;
        int tens = number / 10 % 10;
        int units = number % 10;
        if (hundreds > 1) {
            words.add(IvrWord.digit(hundreds));
        }
        if (hundreds > 0) {
            words.add(IvrWord.HUNDRED);
        }
        if (tens > 0) {
            words.add(IvrWord.tens(tens));
        }
        if (units > 0) {
            words.add(IvrWord.digit(units));
        }
        return words;
    }
}
