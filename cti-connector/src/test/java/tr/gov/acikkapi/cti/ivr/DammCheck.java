package tr.gov.acikkapi.cti.ivr;

/**
 * The case core's tracking number rule, as the tests' implementation of the port: ten digits, the last a
 * Damm check digit over the other nine.
 */
final class DammCheck implements TrackingNumberCheck {

    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    /** The tracking number of a nine-digit serial: the serial and its check digit. */
    static String trackingNumber(String serial) {
        return serial + interim(serial);
    }

    /** The same serial with a check digit that does not match. */
    static String withWrongCheckDigit(String serial) {
        return serial + (interim(serial) + 1) % 10;
    }

    @Override
    public boolean isValid(String keyed) {
        return keyed != null && keyed.matches("[0-9]{10}") && interim(keyed) == 0;
    }

    private static int interim(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }
}
