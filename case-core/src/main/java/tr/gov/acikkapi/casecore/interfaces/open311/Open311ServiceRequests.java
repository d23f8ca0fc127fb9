package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/** The request list's XML root, {@code <service_requests>} with one {@code <request>} each (a bare array in JSON). */
@XmlRootElement(name = "service_requests")
public final class Open311ServiceRequests {

    @XmlElement(name = "request")
    private List<Open311ServiceRequest> requests;

    private Open311ServiceRequests() {
    }

    /** The list under its root element. */
    public static Open311ServiceRequests of(List<Open311ServiceRequest> requests) {
        Open311ServiceRequests root = new Open311ServiceRequests();
        root.requests = List.copyOf(requests);
        return root;
    }
}
