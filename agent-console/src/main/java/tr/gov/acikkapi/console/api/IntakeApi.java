package tr.gov.acikkapi.console.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import tr.gov.acikkapi.casecore.interfaces.rest.ApiAuthenticationFilter;
import tr.gov.acikkapi.casecore.interfaces.rest.ApiProblemMapper;
import tr.gov.acikkapi.casecore.interfaces.rest.ApiResponseHeaders;
import tr.gov.acikkapi.casecore.interfaces.rest.ApplicationResource;
import tr.gov.acikkapi.casecore.interfaces.rest.CatalogueResource;
import tr.gov.acikkapi.casecore.interfaces.rest.DomainExceptionMapper;
import tr.gov.acikkapi.casecore.interfaces.rest.JsonbConfiguration;
import tr.gov.acikkapi.casecore.interfaces.rest.JsonbExceptionMapper;
import tr.gov.acikkapi.casecore.interfaces.rest.RequestSizeLimit;
import tr.gov.acikkapi.casecore.interfaces.rest.UnexpectedExceptionMapper;
import tr.gov.acikkapi.casecore.interfaces.rest.UnreadableBodyMapper;
import tr.gov.acikkapi.casecore.interfaces.rest.ValidationExceptionMapper;

import java.util.Set;

/**
 * The case core's JSON API at {@code /api} ({@code /api/v1/applications}, {@code /api/v1/catalogue}). Its
 * classes live in the case-core EJB module; WildFly looks for JAX-RS applications only in web modules, so they
 * are listed here, which also keeps them apart from Open311's providers (each answers errors its own way).
 */
@ApplicationPath("api")
public class IntakeApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ApplicationResource.class, CatalogueResource.class, ApiAuthenticationFilter.class, RequestSizeLimit.class,
                ApiResponseHeaders.class, JsonbConfiguration.class, ApiProblemMapper.class, DomainExceptionMapper.class,
                ValidationExceptionMapper.class, UnreadableBodyMapper.class, JsonbExceptionMapper.class, UnexpectedExceptionMapper.class);
    }
}
