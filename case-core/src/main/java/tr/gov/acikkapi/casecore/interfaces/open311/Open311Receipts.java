package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/** The XML root of a POST's answer, {@code <service_requests>} with the one {@code <request>} created (a bare array in JSON). */
@XmlRootElement(name = "service_requests")
public final class Open311Receipts {

    @XmlElement(name = "request")
    private List<Open311Receipt> receipts;

    private Open311Receipts() {
    }

    /** The receipts under their root element. */
    public static Open311Receipts of(List<Open311Receipt> receipts) {
        Open311Receipts root = new Open311Receipts();
        root.receipts = List.copyOf(receipts);
        return root;
    }
}
