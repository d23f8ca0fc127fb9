package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.function.Function;

/**
 * The two formats of GeoReport v2, chosen as the spec says by the resource's ending ({@code services.xml},
 * {@code services.json}): XML (the spec's required format, {@code text/xml}) and JSON. A list is a bare array in
 * JSON and a named root element in XML ({@code <services>}, {@code <service_requests>}, {@code <errors>}).
 */
public enum Open311Format {
    XML("xml", new MediaType("text", "xml", "UTF-8")),
    JSON("json", new MediaType("application", "json", "UTF-8"));

    /** The path pattern of a format's ending in a resource template: {@code services.{format:xml|json}}. */
    public static final String PATTERN = "xml|json";

    private final String suffix;
    private final MediaType mediaType;

    Open311Format(String suffix, MediaType mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    /** The format a path's ending names; JSON when the path ends in neither (an unknown path, for its error). */
    public static Open311Format ofPath(String path) {
        return path != null && path.endsWith("." + XML.suffix) ? XML : JSON;
    }

    /** The format of a {@code {format}} path parameter (the template already allows only the two). */
    public static Open311Format of(String suffix) {
        return XML.suffix.equals(suffix) ? XML : JSON;
    }

    /** The content type of answers in this format, with UTF-8 as the spec requires. */
    public MediaType mediaType() {
        return mediaType;
    }

    /** The content type without parameters ({@code text/xml}, {@code application/json}), as discovery lists formats. */
    public String contentType() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    /** The ending of this format's resources, without the dot. */
    public String suffix() {
        return suffix;
    }

    /** A list as this format writes it: the list itself in JSON, wrapped in its root element in XML. */
    public <T> Object list(List<T> items, Function<List<T>, ?> xmlRoot) {
        return this == XML ? xmlRoot.apply(items) : items;
    }
}
