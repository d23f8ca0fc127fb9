package tr.gov.acikkapi.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.jboss.shrinkwrap.api.asset.StringAsset;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one deployment every integration test uses: the EAR exactly as the build made it, with the test's own
 * classes added to the console's web module (where Arquillian's servlet protocol runs them).
 */
public final class Deployments {

    public static final String WEB_MODULE = "agent-console.war";

    private Deployments() {
    }

    /** The product's EAR plus {@code testClasses} in its web module. */
    public static EnterpriseArchive ear(Class<?>... testClasses) {
        File file = new File(System.getProperty("it.ear", "target/acikkapi.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("No EAR at " + file + ": run the tests through Maven (mvn verify)");
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        WebArchive war = ear.getAsType(WebArchive.class, WEB_MODULE);
        war.addClasses(testClasses);
        openArquillianRunner(war);
        return ear;
    }

    /** The console asks every request to sign in; Arquillian's test runner servlet must be reachable without. */
    private static void openArquillianRunner(WebArchive war) {
        String path = "WEB-INF/web.xml";
        String webXml;
        try (InputStream in = war.get(path).getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection></security-constraint>";
        war.delete(path);
        war.setWebXML(new StringAsset(webXml.replace("</web-app>", open + "</web-app>")));
    }
}
