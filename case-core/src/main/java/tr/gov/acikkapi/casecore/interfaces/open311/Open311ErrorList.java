package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/** The error list's XML root, {@code <errors>} with one {@code <error>} each (a bare array in JSON). */
@XmlRootElement(name = "errors")
public final class Open311ErrorList {

    @XmlElement(name = "error")
    private List<Open311Error> errors;

    private Open311ErrorList() {
    }

    /** The errors under their root element. */
    public static Open311ErrorList of(List<Open311Error> errors) {
        Open311ErrorList root = new Open311ErrorList();
        root.errors = List.copyOf(errors);
        return root;
    }
}
