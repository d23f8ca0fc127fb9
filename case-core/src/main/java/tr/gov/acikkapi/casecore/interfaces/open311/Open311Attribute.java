package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/**
 * One attribute of a service definition ({@code <attribute>}), as GeoReport v2 declares it: a field the client puts
 * into its form and sends as {@code attribute[code]} ({@code variable} true), or a text only shown to the user
 * ({@code variable} false). Descriptions are Turkish, then English after " / ".
 */
@JsonbPropertyOrder({"variable", "code", "datatype", "required", "datatypeDescription", "order", "description", "values"})
@XmlType(name = "attribute", propOrder = {"variable", "code", "datatype", "required", "datatypeDescription", "order", "description",
        "values"})
public final class Open311Attribute {

    @JsonbProperty("variable")
    @XmlElement(name = "variable")
    private boolean variable;
    @JsonbProperty("code")
    @XmlElement(name = "code")
    private String code;
    @JsonbProperty("datatype")
    @XmlElement(name = "datatype")
    private String datatype;
    @JsonbProperty("required")
    @XmlElement(name = "required")
    private boolean required;
    @JsonbProperty("datatype_description")
    @XmlElement(name = "datatype_description")
    private String datatypeDescription;
    @JsonbProperty("order")
    @XmlElement(name = "order")
    private int order;
    @JsonbProperty("description")
    @XmlElement(name = "description")
    private String description;
    @JsonbProperty("values")
    @XmlElementWrapper(name = "values")
    @XmlElement(name = "value")
    private List<Value> values;

    private Open311Attribute() {
    }

    /**
     * An attribute.
     *
     * @param datatype one of the spec's: string, number, datetime, text, singlevaluelist, multivaluelist
     * @param values   the choices of a list; empty otherwise
     */
    static Open311Attribute of(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
                               int order, String description, List<Value> values) {
        Open311Attribute attribute = new Open311Attribute();
        attribute.variable = variable;
        attribute.code = code;
        attribute.datatype = datatype;
        attribute.required = required;
        attribute.datatypeDescription = datatypeDescription;
        attribute.order = order;
        attribute.description = description;
        attribute.values = List.copyOf(values);
        return attribute;
    }

    /** The attribute's code, as in {@code attribute[code]}. */
    public String code() {
        return code;
    }

    /** True when a request without this attribute is refused. */
    public boolean required() {
        return required;
    }

    /** One choice of a list attribute ({@code <value><key/><name/></value>}). */
    @JsonbPropertyOrder({"key", "name"})
    @XmlType(name = "value", propOrder = {"key", "name"})
    public static final class Value {

        @JsonbProperty("key")
        @XmlElement(name = "key")
        private String key;
        @JsonbProperty("name")
        @XmlElement(name = "name")
        private String name;

        private Value() {
        }

        static Value of(String key, String name) {
            Value value = new Value();
            value.key = key;
            value.name = name;
            return value;
        }
    }
}
