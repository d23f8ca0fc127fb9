package tr.gov.acikkapi.casecore.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In demo mode ({@code ACIKKAPI_DEMO=true}) fills an empty database with the deterministic demo citizens,
 * applications in every state, calls and surveys (see {@link DemoData}); a database that already holds citizens is
 * left as it is, so restarts keep what was entered. Runs at deployment, after the schema migration.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoMode {

    /** The seed of the demo data: the same seed always gives the same citizens and applications. */
    public static final long SEED = 20261128L;

    private static final Logger LOG = Logger.getLogger(DemoMode.class);

    @Inject
    @ConfigProperty(name = "acikkapi.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "acikkapi")
    EntityManager em;

    @PostConstruct
    void fill() {
        if (!demo) {
            return;
        }
        DemoData.Summary summary = DemoData.generate(em, SEED);
        if (summary.skipped()) {
            LOG.info("Demo mode: the database already holds citizens; demo data left as it is");
        } else {
            LOG.infof("Demo mode: %d citizens, %d applications, %d call records generated", summary.citizens(),
                    summary.applications(), summary.callRecords());
        }
    }
}
