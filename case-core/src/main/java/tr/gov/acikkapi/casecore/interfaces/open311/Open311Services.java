package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/** The service list's XML root, {@code <services>} with one {@code <service>} each (in JSON the list is a bare array). */
@XmlRootElement(name = "services")
public final class Open311Services {

    @XmlElement(name = "service")
    private List<Open311Service> services;

    private Open311Services() {
    }

    /** The list under its root element. */
    public static Open311Services of(List<Open311Service> services) {
        Open311Services root = new Open311Services();
        root.services = List.copyOf(services);
        return root;
    }
}
