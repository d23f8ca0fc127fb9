package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, the administrator at work: creates an agent with a phone and a password (a taken user name and
 * a malformed phone are refused next to their fields), the new agent signs in, is deactivated and can no longer sign
 * in; a renamed application type appears under its new name in the agent desk's type list; a pause reason is edited
 * (a label taken by another reason is refused); a queue's wrap-up is set (a maximum out of range is refused); a label
 * longer than its limit is refused with the limit and the length typed, not cut by the browser; the pages and their
 * field messages follow the user's language; the routing trial shows the most specific rule winning. Every change is in the audit trail. What a test changes in the shared
 * database is put back at the end (other test classes count users and read the catalogue).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    private static final String PASSWORD = "AcikKapi.2026";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> CREATED_USERS = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Accounts made by the tests go again, so that the demo's five accounts are all other tests see. */
    @AfterAll
    static void removeCreatedUsers() throws Exception {
        try (var connection = TestDatabase.connect(); var delete = connection.prepareStatement("DELETE FROM app_user WHERE username = ?")) {
            for (String user : CREATED_USERS) {
                delete.setString(1, user);
                delete.executeUpdate();
            }
        }
    }

    /** Signs the administrator in and opens an administration page through the home page's link. */
    private static Browser adminPage(URL base, String linkId) {
        Browser browser = Browser.open(base, "tr");
        browser.signIn("yonetici", PASSWORD);
        clickAndWait(browser, browser.visible("openAdmin"));
        clickAndWait(browser, browser.visible(linkId));
        return browser;
    }

    /** Clicks something that submits or navigates, and waits until the next page is there. */
    private static void clickAndWait(Browser browser, WebElement element) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser.driver(), WAIT).until(driver -> gone(page));
    }

    /** Whether the element left the document; Chromium says so in two ways while a page is being replaced. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The button of a table row whose cell reads {@code cellText}, in the form with id {@code formId}. */
    private static WebElement rowButton(Browser browser, String formId, String cellText, String buttonId) {
        return new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//form[@id='" + formId + "']//tr[td[normalize-space(.)='" + cellText + "']]//button[contains(@id,':" + buttonId + "')]")));
    }

    /** Picks in a menu whose choice re-renders a second menu (topic, then type), then picks in the new second menu. */
    private static void chooseThenDependent(Browser browser, String menuId, String label, String dependentId, String dependentLabel) {
        WebElement before = browser.visible(dependentId);
        browser.choose(menuId, label);
        new WebDriverWait(browser.driver(), WAIT).until(driver -> gone(before));
        browser.choose(dependentId, dependentLabel);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.visible(id);
        field.clear();
        field.sendKeys(text);
    }

    private static void fillNewUser(Browser browser, String userName, String phone) {
        type(browser, "create:userName", userName);
        type(browser, "create:displayName", "Deniz Akın");
        type(browser, "create:password", PASSWORD);
        type(browser, "create:pbxInterface", phone);
    }

    @Test
    void administratorCreatesAnAgentWhoSignsInThenIsDeactivatedAndCannot() throws Exception {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String userName = "ajan" + suffix;
        String phone = "PJSIP/7" + suffix;
        try (Browser admin = adminPage(base, "openUsers")) {
            fillNewUser(admin, userName, "1001");
            clickAndWait(admin, admin.visible("create:save"));
            assertTrue(admin.visible("create:pbxInterfaceMessage").getText().contains("Santral arabirimi"),
                    admin.driver().getPageSource());

            fillNewUser(admin, "yonetici", phone);
            clickAndWait(admin, admin.visible("create:save"));
            assertTrue(admin.visible("create:userNameMessage").getText().contains("kullanılıyor"),
                    admin.visible("create:userNameMessage").getText());
            assertEquals(List.of(), TestDatabase.rows("SELECT username FROM app_user WHERE pbx_interface = ?", phone),
                    "nothing written for a refused form");

            fillNewUser(admin, userName, phone.toLowerCase(Locale.ROOT));
            clickAndWait(admin, admin.visible("create:save"));
            CREATED_USERS.add(userName);
            WebElement row = admin.driver().findElement(By.xpath("//form[@id='users']//tr[td[normalize-space(.)='" + userName + "']]"));
            assertTrue(row.getText().contains(phone), row.getText());
            assertTrue(row.getText().contains("Temsilci"), row.getText());
            List<String> stored = TestDatabase.rows("SELECT pbx_interface, password_hash FROM app_user WHERE username = ?",
                    userName).get(0);
            assertEquals(phone, stored.get(0), "the interface as Asterisk writes it");
            assertTrue(stored.get(1).startsWith("PBKDF2WithHmacSHA256:210000:"), "hashed with the identity store's parameters");
            assertEquals(List.of(List.of("yonetici", "USER_CREATED")), TestDatabase.rows(
                    "SELECT actor, action FROM audit_log WHERE subject_type = 'app_user' AND subject_id = ?", userName));
            admin.screenshotForDocs("admin-users");

            try (Browser agent = Browser.open(base, "tr")) {
                agent.signIn(userName, PASSWORD);
                assertEquals("Hoş geldiniz", agent.visible("welcome").getText());
                assertTrue(agent.visible("roles").getText().contains("Temsilci"));
                assertTrue(agent.driver().findElements(By.id("openAdmin")).isEmpty(), "no administration link for an agent");
            }

            clickAndWait(admin, rowButton(admin, "users", userName, "edit"));
            assertEquals(userName, admin.visible("editingUser").getText());
            clickAndWait(admin, admin.visible("edit:deactivate"));
            assertTrue(admin.driver().findElement(By.xpath("//form[@id='users']//tr[td[normalize-space(.)='" + userName + "']]"))
                    .getText().contains("Devre dışı"));
            assertEquals("no", TestDatabase.rows("SELECT IF(active, 'yes', 'no') FROM app_user WHERE username = ?", userName).get(0).get(0));
            assertTrue(TestDatabase.rows("SELECT action FROM audit_log WHERE subject_type = 'app_user' AND subject_id = ?", userName)
                    .contains(List.of("USER_DEACTIVATED")));

            try (Browser agent = Browser.open(base, "tr")) {
                agent.signIn(userName, PASSWORD);
                assertTrue(agent.visible("login:messages").getText().contains("Kullanıcı adı veya parola hatalı"));
                assertTrue(agent.driver().getCurrentUrl().contains("login.xhtml"));
            }
        }
    }

    @Test
    void fieldMessagesFollowTheUsersLanguage() throws Exception {
        try (Browser admin = adminPage(base, "openUsers")) {
            clickAndWait(admin, admin.visible("userbar:langEn"));
            assertEquals("Users", admin.visible("pageTitle").getText());
            fillNewUser(admin, "ajan.en", "PJSIP/10-01");
            type(admin, "create:password", "kisa");
            clickAndWait(admin, admin.visible("create:save"));
            assertTrue(admin.visible("create:pbxInterfaceMessage").getText().contains("A PBX interface looks like"),
                    admin.visible("create:pbxInterfaceMessage").getText());
            assertTrue(admin.visible("create:passwordMessage").getText().contains("at least 10 characters"),
                    admin.visible("create:passwordMessage").getText());
            clickAndWait(admin, admin.visible("userbar:langTr"));
        }
        assertEquals(List.of(), TestDatabase.rows("SELECT id FROM app_user WHERE username = 'ajan.en'"));
    }

    @Test
    void aRenamedTypeShowsUnderItsNewNameInTheAgentDesk() throws Exception {
        String code = "ULS-09";
        String original = TestDatabase.rows("SELECT name FROM application_type WHERE code = ?", code).get(0).get(0);
        String renamed = "Taksi, dolmuş ve minibüs şikayeti";
        try (Browser admin = adminPage(base, "openCatalogue")) {
            clickAndWait(admin, rowButton(admin, "topics", "ULS", "select"));
            clickAndWait(admin, rowButton(admin, "types", code, "edit"));
            assertEquals(code, admin.visible("typeCode").getText());
            try {
                type(admin, "type:name", "Hatalı park ve trafik denetimi talebi");
                clickAndWait(admin, admin.visible("type:save"));
                assertTrue(admin.visible("type:nameMessage").getText().contains("zaten kullanılıyor"),
                        admin.visible("type:nameMessage").getText());

                type(admin, "type:name", renamed);
                clickAndWait(admin, admin.visible("type:save"));
                assertTrue(admin.visible("types:list").getText().contains(renamed));
                admin.screenshotForDocs("admin-catalogue");
                assertEquals(List.of(List.of("yonetici", "TYPE_CHANGED")), TestDatabase.rows(
                        "SELECT actor, action FROM audit_log WHERE subject_type = 'application_type' AND subject_id = ?", code));

                clickAndWait(admin, admin.visible("navHome"));
                clickAndWait(admin, admin.visible("openDesk"));
                chooseThenDependent(admin, "intake:topic", "Ulaşım ve Trafik", "intake:type", renamed);
                assertEquals(renamed, admin.visible("intake:type_label").getText());
            } finally {
                admin.go("index.xhtml");
                clickAndWait(admin, admin.visible("openAdmin"));
                clickAndWait(admin, admin.visible("openCatalogue"));
                clickAndWait(admin, rowButton(admin, "topics", "ULS", "select"));
                clickAndWait(admin, rowButton(admin, "types", code, "edit"));
                type(admin, "type:name", original);
                clickAndWait(admin, admin.visible("type:save"));
            }
        }
        assertEquals(original, TestDatabase.rows("SELECT name FROM application_type WHERE code = ?", code).get(0).get(0));
    }

    @Test
    void aPauseReasonIsEditedAndATakenLabelIsRefused() throws Exception {
        try (Browser admin = adminPage(base, "openDeskChoices")) {
            clickAndWait(admin, rowButton(admin, "pauseList", "YEMEK", "edit"));
            try {
                type(admin, "pauseEdit:label", "mola");
                clickAndWait(admin, admin.visible("pauseEdit:save"));
                assertTrue(admin.visible("pauseEdit:labelMessage").getText().contains("zaten var"),
                        admin.visible("pauseEdit:labelMessage").getText());

                type(admin, "pauseEdit:label", "Yemek arası");
                type(admin, "pauseEdit:sortOrder", "25");
                clickAndWait(admin, admin.visible("pauseEdit:save"));
                WebElement row = admin.driver().findElement(By.xpath("//form[@id='pauseList']//tr[td[normalize-space(.)='YEMEK']]"));
                assertTrue(row.getText().contains("Yemek arası"), row.getText());
                assertEquals(List.of(List.of("Yemek arası", "25", "yes")),
                        TestDatabase.rows("SELECT label, sort_order, IF(active, 'yes', 'no') FROM pause_reason WHERE code = 'YEMEK'"));
                assertTrue(TestDatabase.rows("SELECT actor, action FROM audit_log WHERE subject_type = 'pause_reason' "
                        + "AND subject_id = 'YEMEK'").contains(List.of("yonetici", "PAUSE_REASON_CHANGED")));
            } finally {
                type(admin, "pauseEdit:label", "Yemek");
                type(admin, "pauseEdit:sortOrder", "20");
                clickAndWait(admin, admin.visible("pauseEdit:save"));
            }
        }
        assertEquals(List.of(List.of("Yemek", "20")), TestDatabase.rows("SELECT label, sort_order FROM pause_reason WHERE code = 'YEMEK'"));
    }

    @Test
    void aTooLongLabelIsRefusedWithItsLimitAndLengthNeverCut() throws Exception {
        String label = "Koçluk görüşmesi ve ardından yapılan uzun değerlendirme toplantısı, ekip lideriyle.";
        assertEquals(83, label.length());
        try (Browser admin = adminPage(base, "openDeskChoices")) {
            type(admin, "pauseAdd:code", "UZUN_AD");
            type(admin, "pauseAdd:label", label);
            type(admin, "pauseAdd:sortOrder", "5");
            assertEquals(label, admin.visible("pauseAdd:label").getAttribute("value"), "the browser keeps what was typed");
            clickAndWait(admin, admin.visible("pauseAdd:add"));
            String refused = admin.visible("pauseAdd:labelMessage").getText();
            assertTrue(refused.contains("en fazla 80 karakter") && refused.contains("girilen: 83"), refused);
            assertEquals(label, admin.visible("pauseAdd:label").getAttribute("value"), "the text stays as typed");
        }
        assertEquals(List.of(), TestDatabase.rows("SELECT code FROM pause_reason WHERE code = 'UZUN_AD'"));
    }

    @Test
    void aQueuesWrapUpIsSetOnTheDeskChoicesPageAndAMaximumOutOfRangeIsRefused() throws Exception {
        try (Browser admin = adminPage(base, "openDeskChoices")) {
            type(admin, "wrapUpAdd:queue", "acikkapi");
            type(admin, "wrapUpAdd:maxSeconds", "90");
            admin.choose("wrapUpAdd:defaultDisposition", "GERI_ARANACAK · Geri aranacak");
            clickAndWait(admin, admin.visible("wrapUpAdd:add"));
            assertEquals(List.of(List.of("90", "GERI_ARANACAK")),
                    TestDatabase.rows("SELECT max_seconds, default_disposition FROM queue_wrap_up WHERE queue_name = 'acikkapi'"));

            clickAndWait(admin, rowButton(admin, "wrapUpList", "acikkapi", "edit"));
            type(admin, "wrapUpEdit:maxSeconds", "4000");
            clickAndWait(admin, admin.visible("wrapUpEdit:save"));
            String refused = admin.visible("wrapUpEdit:maxSecondsMessage").getText();
            assertTrue(refused.contains("3600") && refused.contains("4000"), refused);
            assertEquals(List.of(List.of("90")),
                    TestDatabase.rows("SELECT max_seconds FROM queue_wrap_up WHERE queue_name = 'acikkapi'"));

            type(admin, "wrapUpEdit:maxSeconds", "45");
            admin.choose("wrapUpEdit:defaultDisposition", "SURE_DOLDU · Sonuç girilmedi (süre doldu)");
            clickAndWait(admin, admin.visible("wrapUpEdit:save"));
            WebElement row = admin.driver().findElement(By.xpath("//form[@id='wrapUpList']//tr[td[normalize-space(.)='acikkapi']]"));
            assertTrue(row.getText().contains("45") && row.getText().contains("SURE_DOLDU"), row.getText());
            assertEquals(List.of(List.of("45", "SURE_DOLDU")),
                    TestDatabase.rows("SELECT max_seconds, default_disposition FROM queue_wrap_up WHERE queue_name = 'acikkapi'"));
            assertTrue(TestDatabase.rows("SELECT actor, action FROM audit_log WHERE subject_type = 'queue_wrap_up' "
                    + "AND subject_id = 'acikkapi'").containsAll(List.of(List.of("yonetici", "QUEUE_WRAP_UP_ADDED"),
                    List.of("yonetici", "QUEUE_WRAP_UP_CHANGED"))));

            clickAndWait(admin, admin.visible("wrapUpEdit:remove"));
            assertEquals(List.of(), TestDatabase.rows("SELECT queue_name FROM queue_wrap_up WHERE queue_name = 'acikkapi'"));
        } finally {
            try (var connection = TestDatabase.connect();
                 var delete = connection.prepareStatement("DELETE FROM queue_wrap_up WHERE queue_name = 'acikkapi'")) {
                delete.executeUpdate();
            }
        }
    }

    @Test
    void everyAdministrationPageOpensAndTheRoutingTrialShowsTheMostSpecificRule() {
        try (Browser admin = adminPage(base, "openUnits")) {
            assertEquals("Birimler", admin.visible("pageTitle").getText());
            admin.choose("units:province", "Konya");
            clickAndWait(admin, admin.visible("units:show"));
            assertTrue(admin.visible("units:list").getText().contains("Konya Valiliği Açık Kapı Bürosu"));

            clickAndWait(admin, admin.visible("adminRouting"));
            chooseThenDependent(admin, "trace:topic", "Tarım ve Hayvancılık", "trace:type",
                    "TAR-10 Sahipsiz hayvanlar (sokak hayvanları)");
            admin.choose("trace:province", "İstanbul");
            clickAndWait(admin, admin.visible("trace:show"));
            assertEquals("İstanbul Tarım ve Orman İl Müdürlüğü", admin.visible("routeUnit").getText(),
                    "the type + province rule beats the type's own");

            chooseThenDependent(admin, "rule:topic", "Eğitim", "rule:type", "Konunun tüm türleri");
            admin.choose("rule:unitKind", "… İl Milli Eğitim Müdürlüğü");
            clickAndWait(admin, admin.visible("rule:save"));
            assertTrue(admin.visible("rule:topicMessage").getText().contains("zaten"), admin.visible("rule:topicMessage").getText());
            admin.screenshotForDocs("admin-routing");

            clickAndWait(admin, admin.visible("adminEscalation"));
            assertTrue(admin.visible("rules:list").getText().contains("Mevzuat"));
            clickAndWait(admin, admin.visible("adminDeskChoices"));
            assertTrue(admin.visible("dispositionList:list").getText().contains("Başvuru durumu bildirildi"));
            admin.screenshotForDocs("admin-desk-choices");
        }
    }
}
