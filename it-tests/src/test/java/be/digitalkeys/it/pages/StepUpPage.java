package be.digitalkeys.it.pages;

import java.util.Map;

import be.digitalkeys.it.support.Browser;
import org.openqa.selenium.JavascriptExecutor;

/** dk-step-up.ftl: binding a key needs a login at its level ("Confirm that it is you with a stronger digital key"). */
public final class StepUpPage extends Page {

    public StepUpPage(Browser browser) {
        super(browser);
        awaitElement("dk-step-up-form");
    }

    public String text() {
        return byId("dk-step-up-text").getText().trim();
    }

    public boolean offersCancel() {
        return !browser.driver().findElements(org.openqa.selenium.By.id("dk-step-up-cancel")).isEmpty();
    }

    /** "Log in with a stronger key": the same request again, asking for the key's level. */
    public void continueToLogin() {
        clickAndAwaitNewPage(byId("dk-step-up-continue"));
    }

    public void cancel() {
        clickAndAwaitNewPage(byId("dk-step-up-cancel"));
    }

    /** As a hostile user would: the fields of the next step posted to this page's action instead of a choice. */
    public void postInstead(Map<String, String> fields) {
        StringBuilder script = new StringBuilder("var f = document.getElementById('dk-step-up-form');");
        script.append("f.querySelectorAll('button').forEach(function (b) { b.removeAttribute('name'); });");
        fields.forEach((name, value) -> script.append("var i = document.createElement('input'); i.type = 'hidden'; i.name = '")
                .append(name).append("'; i.value = '").append(value).append("'; f.appendChild(i);"));
        script.append("f.submit();");
        browser.markDocument();
        ((JavascriptExecutor) browser.driver()).executeScript(script.toString());
        browser.awaitNewDocument();
    }
}
