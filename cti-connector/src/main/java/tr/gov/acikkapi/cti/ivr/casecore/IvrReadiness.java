package tr.gov.acikkapi.cti.ivr.casecore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the FastAGI IVR server listens; reports its port and open sessions, or why it does not listen. */
@Readiness
@ApplicationScoped
public class IvrReadiness implements HealthCheck {

    @Inject
    IvrService ivr;

    @Override
    public HealthCheckResponse call() {
        if (ivr.running()) {
            return HealthCheckResponse.named("ivr").up()
                    .withData("port", ivr.port().orElse(0))
                    .withData("sessions", ivr.openSessions())
                    .build();
        }
        return HealthCheckResponse.named("ivr").down().withData("error", ivr.failure()).build();
    }
}
