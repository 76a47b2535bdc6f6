package be.digitalkeys.it.pages;

import java.util.List;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** dk-org-manage.ftl: the access managers' page (organisations, then one organisation's people, rights and forms). */
public final class OrgManagePage extends Page {

    public OrgManagePage(Browser browser) {
        super(browser);
        awaitElement("dk-org-manage");
    }

    public static String url(String baseUrl, String realm) {
        return baseUrl + "/realms/" + realm + "/dk-organisations/manage";
    }

    public static String url(String baseUrl, String realm, String orgId) {
        return url(baseUrl, realm) + "/" + orgId;
    }

    /** Home: the organisations listed. */
    public List<String> organisations() {
        return browser.driver().findElements(By.cssSelector("#dk-org-manage-orgs > li")).stream()
                .map(li -> li.getAttribute("id").substring("dk-org-manage-org-".length())).toList();
    }

    public OrgManagePage open(String orgId) {
        clickAndAwaitNewPage(byId("dk-org-manage-open-" + orgId));
        return new OrgManagePage(browser);
    }

    /** My roles in the organisation shown (LEGAL_REPRESENTATIVE, MAIN_ACCESS_MANAGER, LOCAL_ADMINISTRATOR). */
    public List<String> myRoles() {
        return browser.driver().findElements(By.cssSelector(".dk-org-manage-my-role")).stream().map(e -> e.getAttribute("data-role")).toList();
    }

    public boolean has(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /** The people listed (user ids). */
    public List<String> people() {
        return browser.driver().findElements(By.cssSelector("#dk-org-manage-people > li")).stream()
                .map(li -> li.getAttribute("id").substring("dk-org-manage-person-".length())).toList();
    }

    public String personText(String userId) {
        return byId("dk-org-manage-person-" + userId).getText();
    }

    /** The person's roles as "ROLE" strings. */
    public List<String> roles(String userId) {
        return byId("dk-org-manage-person-" + userId).findElements(By.cssSelector(".dk-org-manage-role")).stream()
                .map(e -> e.getAttribute("data-role")).toList();
    }

    /** The person's rights as "right @ context name". */
    public List<String> rights(String userId) {
        return byId("dk-org-manage-person-" + userId).findElements(By.cssSelector(".dk-org-manage-right")).stream()
                .map(e -> e.getAttribute("data-right") + " @ " + e.getAttribute("data-context")).toList();
    }

    public List<String> grantIds(String userId) {
        return byId("dk-org-manage-person-" + userId).findElements(By.cssSelector(".dk-org-manage-right")).stream()
                .map(e -> e.getAttribute("id").substring("dk-org-manage-right-".length())).toList();
    }

    public OrgManagePage find(String niss, String firstName, String lastName) {
        type("findNiss", niss);
        type("findFirstName", firstName);
        type("findLastName", lastName);
        clickAndAwaitNewPage(byId("dk-org-manage-find-submit"));
        return new OrgManagePage(browser);
    }

    /** The user id of the person listed whose name is exactly this (first and last name). */
    public String personNamed(String name) {
        return people().stream().filter(id -> byId("dk-org-manage-person-name-" + id).getText().startsWith(name + " ("))
                .findFirst().orElseThrow(() -> new AssertionError("nobody named " + name));
    }

    /** The value of the option of {@code selectId} whose text starts with {@code text}. */
    public String option(String selectId, String text) {
        return new Select(byId(selectId)).getOptions().stream().filter(o -> o.getText().startsWith(text) || o.getText().contains(text))
                .map(o -> o.getAttribute("value")).findFirst().orElseThrow(() -> new AssertionError("no option " + text + " in " + selectId));
    }

    public OrgManagePage grant(String userId, String rightId, String contextId, String until) {
        new Select(byId("grantUser")).selectByValue(userId);
        new Select(byId("grantRight")).selectByValue(rightId);
        new Select(byId("grantContext")).selectByValue(contextId);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", byId("grantUntil"), until);
        clickAndAwaitNewPage(byId("dk-org-manage-grant-submit"));
        return new OrgManagePage(browser);
    }

    public OrgManagePage revoke(String grantId) {
        clickAndAwaitNewPage(byId("dk-org-manage-revoke-" + grantId));
        return new OrgManagePage(browser);
    }

    public OrgManagePage appointMainManager(String userId) {
        new Select(byId("mainUser")).selectByValue(userId);
        clickAndAwaitNewPage(byId("dk-org-manage-main-submit"));
        return new OrgManagePage(browser);
    }

    public OrgManagePage appointLocalAdministrator(String userId, String contextId) {
        new Select(byId("adminUser")).selectByValue(userId);
        new Select(byId("adminContext")).selectByValue(contextId);
        clickAndAwaitNewPage(byId("dk-org-manage-admin-submit"));
        return new OrgManagePage(browser);
    }

    public OrgManagePage createContext(String parentId, String kind, String code, String name) {
        new Select(byId("ctxParent")).selectByValue(parentId);
        new Select(byId("ctxKind")).selectByValue(kind);
        type("ctxCode", code);
        type("ctxName", name);
        clickAndAwaitNewPage(byId("dk-org-manage-context-submit"));
        return new OrgManagePage(browser);
    }

    /** The context ids offered in the grant form, with their labels. */
    public List<String> contextOptions() {
        return new Select(byId("grantContext")).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    /** Removes the hidden CSRF token of a form from the page (a forged or stale post). */
    public void dropCsrf(String formId) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('#' + arguments[0] + ' input[name=csrf]').remove();", formId);
    }

    /** Submits a form (by its submit button id) and waits for the answer page. */
    public void submit(String buttonId) {
        clickAndAwaitNewPage(byId(buttonId));
    }

    public boolean refused() {
        return has("dk-org-manage-back") && !has("dk-org-manage-people");
    }

    public WebElement element(String id) {
        return byId(id);
    }
}
