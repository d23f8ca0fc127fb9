package tr.gov.acikkapi.casecore.domain.model.application;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the matter of an application is, as a web, mobile or kiosk channel reports it: a map position, the address
 * as the citizen typed it, and a link to a photo or document the citizen published. Every part is optional; which
 * of them a channel must send is the channel's rule (Open311 asks for a position or an address). The address and
 * the link can point at a person, so they are personal data: only the coarse position is ever shown publicly.
 *
 * @param position where on the map
 * @param address  one line, at most {@value #ADDRESS_LENGTH} characters
 * @param mediaUrl an absolute http or https address, at most {@value #MEDIA_URL_LENGTH} characters
 */
public record ReportedLocation(Optional<GeoPosition> position, Optional<String> address, Optional<URI> mediaUrl) {

    /** Nothing reported. */
    public static final ReportedLocation NONE = new ReportedLocation(Optional.empty(), Optional.empty(), Optional.empty());
    /** Longest address kept (the column length). */
    public static final int ADDRESS_LENGTH = 250;
    /** Longest media link kept (the column length). */
    public static final int MEDIA_URL_LENGTH = 2048;

    public ReportedLocation {
        address = address.map(ReportedLocation::address);
        mediaUrl = mediaUrl.map(URI::toString).map(ReportedLocation::mediaUrl);
    }

    /** True when neither a position nor an address is given. */
    public boolean placeless() {
        return position.isEmpty() && address.isEmpty();
    }

    /** An address as typed: one line (line breaks folded), not blank, at most {@value #ADDRESS_LENGTH} characters. */
    public static String address(String text) {
        return FreeText.requiredLine(text, "Adres", ADDRESS_LENGTH);
    }

    /**
     * A media link as given: an absolute {@code http} or {@code https} address with a host, no user name or
     * password in it, at most {@value #MEDIA_URL_LENGTH} characters; non-ASCII characters are percent-encoded.
     */
    public static URI mediaUrl(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("Medya bağlantısı (media_url) boş olamaz.");
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null) {
                URI ascii = URI.create(uri.toASCIIString());
                if (ascii.toString().length() <= MEDIA_URL_LENGTH) {
                    return ascii;
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw invalid("Medya bağlantısı geçerli bir adres değil (" + e.getMessage() + "); http:// veya https:// ile başlayan tam bir adres verin.");
        }
        throw invalid("Medya bağlantısı http:// veya https:// ile başlayan, sunucu adı olan, kullanıcı adı ve parola içermeyen ve en fazla "
                + MEDIA_URL_LENGTH + " karakter olan bir adres olmalıdır.");
    }

    private static DomainException invalid(String message) {
        return new DomainException(DomainErrorCode.LOCATION_INVALID, message);
    }
}
