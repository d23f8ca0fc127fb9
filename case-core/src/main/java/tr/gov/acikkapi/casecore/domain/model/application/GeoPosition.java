package tr.gov.acikkapi.casecore.domain.model.application;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A point on the map in WGS 84 decimal degrees, as a phone or a map click gives it: latitude -90 to 90, longitude
 * -180 to 180, kept to {@value #SCALE} decimals (about 10 cm). {@link #coarse()} is the same point to about a
 * kilometre, which is what may be shown to anyone without revealing a doorstep.
 */
public record GeoPosition(BigDecimal latitude, BigDecimal longitude) {

    /** Decimals kept (the columns' scale). */
    public static final int SCALE = 6;
    /** Decimals of {@link #coarse()}: 0.01° is about 1.1 km of latitude (and less of longitude in Turkey). */
    public static final int COARSE_SCALE = 2;
    private static final BigDecimal LATITUDE_LIMIT = BigDecimal.valueOf(90);
    private static final BigDecimal LONGITUDE_LIMIT = BigDecimal.valueOf(180);

    public GeoPosition {
        if (latitude == null || longitude == null) {
            throw invalid("Konum için enlem ve boylam birlikte verilmelidir.");
        }
        latitude = latitude.setScale(SCALE, RoundingMode.HALF_EVEN);
        longitude = longitude.setScale(SCALE, RoundingMode.HALF_EVEN);
        if (latitude.abs().compareTo(LATITUDE_LIMIT) > 0) {
            throw invalid("Enlem -90 ile 90 arasında olmalıdır; girilen: " + latitude.stripTrailingZeros().toPlainString());
        }
        if (longitude.abs().compareTo(LONGITUDE_LIMIT) > 0) {
            throw invalid("Boylam -180 ile 180 arasında olmalıdır; girilen: " + longitude.stripTrailingZeros().toPlainString());
        }
    }

    /** Reads decimal degrees as typed ({@code "39.92"}, {@code "32.854"}); refuses text, one half alone, or out of range. */
    public static GeoPosition of(String latitude, String longitude) {
        return new GeoPosition(degrees(latitude, "Enlem"), degrees(longitude, "Boylam"));
    }

    /** This point rounded to {@value #COARSE_SCALE} decimals, about a kilometre. */
    public GeoPosition coarse() {
        return new GeoPosition(latitude.setScale(COARSE_SCALE, RoundingMode.HALF_EVEN),
                longitude.setScale(COARSE_SCALE, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal degrees(String text, String label) {
        if (text == null || text.isBlank()) {
            throw invalid("Konum için enlem ve boylam birlikte verilmelidir (ör. 39.92 ve 32.85); " + label.toLowerCase(Locale.forLanguageTag("tr")) + " eksik.");
        }
        String value = text.strip();
        if (value.length() > 20 || !value.matches("[+-]?\\d{1,3}(\\.\\d+)?")) {
            throw invalid(label + " ondalık derece olmalıdır (ör. 39.92); girilen: " + (value.length() > 20 ? value.substring(0, 20) + "…" : value));
        }
        return new BigDecimal(value);
    }

    private static DomainException invalid(String message) {
        return new DomainException(DomainErrorCode.LOCATION_INVALID, message);
    }
}
