package tr.gov.acikkapi.console.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import tr.gov.acikkapi.casecore.interfaces.open311.Open311AuthenticationFilter;
import tr.gov.acikkapi.casecore.interfaces.open311.Open311DiscoveryResource;
import tr.gov.acikkapi.casecore.interfaces.open311.Open311ExceptionMapper;
import tr.gov.acikkapi.casecore.interfaces.open311.Open311Resource;
import tr.gov.acikkapi.casecore.interfaces.open311.Open311ValidationExceptionMapper;
import tr.gov.acikkapi.casecore.interfaces.rest.ApiResponseHeaders;
import tr.gov.acikkapi.casecore.interfaces.rest.JsonbConfiguration;
import tr.gov.acikkapi.casecore.interfaces.rest.RequestSizeLimit;

import java.util.Set;

/**
 * Open311 GeoReport v2 at {@code /open311} ({@code /open311/v2/services.json} …), over the same case core as
 * the JSON API, with Open311's error arrays.
 */
@ApplicationPath("open311")
public class Open311Api extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Open311DiscoveryResource.class, Open311Resource.class, Open311AuthenticationFilter.class, RequestSizeLimit.class, ApiResponseHeaders.class,
                JsonbConfiguration.class, Open311ExceptionMapper.class, Open311ValidationExceptionMapper.class);
    }
}
