package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One entry of an Open311 error list ({@code <error>}): the HTTP status and a (Turkish) description. */
@JsonbPropertyOrder({"code", "description"})
@XmlType(name = "error", propOrder = {"code", "description"})
public final class Open311Error {

    @JsonbProperty("code")
    @XmlElement(name = "code")
    private int code;
    @JsonbProperty("description")
    @XmlElement(name = "description")
    private String description;

    private Open311Error() {
    }

    /** An error entry. */
    public static Open311Error of(int code, String description) {
        Open311Error error = new Open311Error();
        error.code = code;
        error.description = description;
        return error;
    }
}
