package be.digitalkeys.it.cluster;

import be.digitalkeys.it.support.Browser;
import be.digitalkeys.it.support.ClusterNode;
import org.openqa.selenium.JavascriptExecutor;

/**
 * No sticky sessions: the next form the user submits goes to the given node, whichever node
 * rendered the page. Both nodes are on localhost, so the browser's cookies go to both.
 */
final class Route {

    private Route() {
    }

    static void formsTo(Browser browser, ClusterNode node) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const target = new URL(arguments[0]);"
                        + "for (const form of document.forms) {"
                        + "  const action = new URL(form.action || location.href, location.href);"
                        + "  action.protocol = target.protocol; action.host = target.host;"
                        + "  form.action = action.toString();"
                        + "}", node.baseUrl());
    }
}
