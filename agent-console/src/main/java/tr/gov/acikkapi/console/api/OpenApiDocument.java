package tr.gov.acikkapi.console.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.info.Info;
import tr.gov.acikkapi.casecore.interfaces.open311.Open311Resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finishes the OpenAPI document WildFly publishes at {@code /openapi}: its title, and the right prefix on every
 * path. The annotation scanner sees two JAX-RS applications ({@code /api} and {@code /open311}) but prefixes all
 * resources with one of them; each path is put back under the application its operations belong to (Open311's
 * operations carry the {@link Open311Resource#OPENAPI_TAG} tag). Registered with {@code mp.openapi.filter}
 * (in this module's {@code META-INF/microprofile-config.properties}); it lives in the web module, whose deployment
 * WildFly gives the MicroProfile OpenAPI classes.
 */
public class OpenApiDocument implements OASFilter {

    static final String API_PREFIX = "/api";
    static final String OPEN311_PREFIX = "/open311";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
        openAPI.setInfo(info.title("Açık Kapı — başvuru API'si ve Open311 GeoReport v2").version("1")
                .description("Web portalı, mobil uygulama ve kiosklar için başvuru kaydı, sorgulama ve durum takibi "
                        + "(X-Api-Key ile kanal anahtarı ya da HTTP Basic ile personel). Ayrıntılar: docs/src/api.md"));
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
        items.keySet().forEach(paths::removePathItem);
        items.forEach((path, item) -> paths.addPathItem(servedAt(path, isOpen311(item)), item));
    }

    /** The path under the application that serves it, whatever application prefix the scanner gave it. */
    static String servedAt(String scannedPath, boolean open311) {
        String relative = scannedPath;
        for (String prefix : List.of(API_PREFIX, OPEN311_PREFIX)) {
            if (scannedPath.equals(prefix) || scannedPath.startsWith(prefix + "/")) {
                relative = scannedPath.substring(prefix.length());
                break;
            }
        }
        return (open311 ? OPEN311_PREFIX : API_PREFIX) + relative;
    }

    private static boolean isOpen311(PathItem item) {
        Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
        return operations != null && operations.values().stream()
                .anyMatch(o -> o.getTags() != null && o.getTags().contains(Open311Resource.OPENAPI_TAG));
    }
}
