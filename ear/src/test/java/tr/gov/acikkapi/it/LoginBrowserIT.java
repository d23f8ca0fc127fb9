package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In Debian's Chromium: a person signs in with a demo account, sees their roles, signs out; a wrong password is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    private static final String DEMO_PASSWORD = "AcikKapi.2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void agentSignsInSeesTheirRoleAndSignsOut() {
        try (Browser browser = Browser.open(base, "tr")) {
            browser.go("login.xhtml");
            browser.visible("login:username");
            browser.screenshotForDocs("login");
            browser.signIn("temsilci1", DEMO_PASSWORD);
            assertEquals("Hoş geldiniz", browser.visible("welcome").getText());
            assertTrue(browser.visible("roles").getText().contains("Temsilci"), browser.visible("roles").getText());
            assertEquals("temsilci1", browser.visible("userbar:who").getText());

            browser.driver().findElement(By.id("userbar:logout")).click();
            browser.visible("login:username");
            browser.go("index.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "signed out: back to the login page");
        }
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageInTurkish() {
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("temsilci1", "yanlış-parola");
            assertTrue(browser.visible("login:messages").getText().contains("Kullanıcı adı veya parola hatalı"),
                    browser.driver().getPageSource());
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
        }
    }

    @Test
    void supervisorHasBothRoles() {
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("supervizor", DEMO_PASSWORD);
            String roles = browser.visible("roles").getText();
            assertTrue(roles.contains("Temsilci") && roles.contains("Süpervizör"), roles);
        }
    }

    /**
     * An account the sign-in throttle holds back (its counter set as after repeated failures) is refused even with
     * the right password, unchecked, and told in the user's language how long to wait; another account signs in.
     */
    @Test
    void aThrottledAccountIsToldHowLongToWaitInItsLanguageAndIsNotSignedInEvenWithTheRightPassword() throws Exception {
        String user = ApiAbuseIT.newAgent("kilit-form");
        ApiAbuseIT.holdBack(user);
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn(user, DEMO_PASSWORD);
            String message = browser.visible("login:messages").getText();
            assertTrue(message.contains("Çok fazla hatalı giriş denemesi") && message.contains("saniye sonra"), message);
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "not signed in");
        }
        try (Browser browser = Browser.open(base, "tr")) {
            browser.go("login.xhtml");
            browser.visible("lang:en").click();
            browser.visible("login:username");
            browser.signIn(user, DEMO_PASSWORD);
            String message = browser.visible("login:messages").getText();
            assertTrue(message.contains("Too many failed sign-in attempts") && message.contains("seconds"), message);
        }
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("temsilci2", DEMO_PASSWORD);
            assertEquals("Hoş geldiniz", browser.visible("welcome").getText());
        }
    }
}
