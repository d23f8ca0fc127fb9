package tr.gov.acikkapi.cti.ivr;

/**
 * Port to the case core's rule for tracking numbers (ten digits: a nine-digit serial and one Damm check
 * digit), so that the IVR refuses a mistyped number before any lookup with the very rule the web and the
 * console use, not with a copy of it.
 *
 * <p>The integrator implements it over {@code TrackingNumber.parse}: valid when it does not throw.
 */
@FunctionalInterface
public interface TrackingNumberCheck {

    /**
     * Whether the digits keyed by a caller form a well-formed tracking number (right length, digits only,
     * check digit right). Says nothing about whether such an application exists. Never throws: an empty or
     * garbled string is simply not valid.
     */
    boolean isValid(String keyedDigits);
}
