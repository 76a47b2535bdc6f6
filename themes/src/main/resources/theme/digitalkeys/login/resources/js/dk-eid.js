/*
 * eID login page (dk-eid.ftl): asks the Web eID browser extension and app (vendor/web-eid.js) to
 * have the card sign the server's challenge nonce, then posts the Web eID token (JSON) as
 * "webEidToken". A button with data-dk-eid-signer="<global>" (added only by an installed
 * development kit) asks window[<global>].authenticate(nonce, {lang, cardsUrl}) instead, which
 * answers with the same token and the same error codes. Errors of the browser side stay on the
 * page and are never posted; the server's own errors come back through Keycloak's alert. Every text
 * comes from the page (the <template id="dk-eid-texts">), never from this file.
 */
(function () {
    "use strict";
    var form = document.getElementById("dk-eid-form");
    if (!form) {
        return;
    }
    var nonce = form.dataset.nonce;
    var lang = form.dataset.lang;
    var tokenField = document.getElementById("webEidToken");
    var loginButton = document.getElementById("dk-eid-login");
    var signerButtons = Array.prototype.slice.call(document.querySelectorAll("button[data-dk-eid-signer]"));
    var waiting = document.getElementById("dk-eid-waiting");
    var errorBox = document.getElementById("dk-eid-error");
    var errorText = document.getElementById("dk-eid-error-text");
    var install = document.getElementById("dk-eid-install");
    var texts = document.getElementById("dk-eid-texts");
    var waitingText = waiting.textContent;
    var busy = false;

    function buttons() {
        return [loginButton].concat(signerButtons);
    }

    function setBusy(value) {
        busy = value;
        buttons().forEach(function (button) { button.disabled = value; });
        waiting.hidden = !value;
        if (value) {
            // A status region that appears already filled is not always read out: fill it after.
            waiting.textContent = "";
            setTimeout(function () { waiting.textContent = waitingText; }, 50);
        }
    }

    /** The page's text for an error code: the entry listing the code, else the "*" one. */
    function textFor(code) {
        var entries = texts ? texts.content.querySelectorAll("[data-codes]") : [];
        var fallback = null;
        for (var i = 0; i < entries.length; i++) {
            var codes = entries[i].getAttribute("data-codes").split(/\s+/);
            if (code && codes.indexOf(code) >= 0) {
                return entries[i];
            }
            if (codes.indexOf("*") >= 0) {
                fallback = entries[i];
            }
        }
        return fallback;
    }

    function hideError() {
        errorBox.hidden = true;
        install.hidden = true;
        errorText.textContent = "";
    }

    function showError(code) {
        var entry = textFor(code);
        errorText.textContent = entry ? entry.textContent : "";
        install.hidden = !(entry && entry.getAttribute("data-install") === "true");
        errorBox.setAttribute("data-code", code || "");
        errorBox.hidden = false;
        errorBox.focus();
    }

    function run(authenticate) {
        if (busy) {
            return;
        }
        hideError();
        setBusy(true);
        var answer;
        try {
            answer = Promise.resolve(authenticate());
        } catch (error) {
            answer = Promise.reject(error);
        }
        answer.then(function (token) {
            if (!token || typeof token.unverifiedCertificate !== "string" || typeof token.signature !== "string") {
                throw Object.assign(new Error("no token"), { code: "ERR_WEBEID_UNKNOWN_ERROR" });
            }
            tokenField.value = JSON.stringify(token);
            form.submit();
        }).catch(function (error) {
            setBusy(false);
            if (window.console && console.warn) {
                console.warn("eID login:", error && error.code, error && error.message);
            }
            showError(error && error.code);
        });
    }

    loginButton.addEventListener("click", function () {
        run(function () {
            if (!window.webeid || typeof window.webeid.authenticate !== "function") {
                throw Object.assign(new Error("web-eid.js not loaded"), { code: "ERR_WEBEID_UNKNOWN_ERROR" });
            }
            return window.webeid.authenticate(nonce, { lang: lang });
        });
    });

    signerButtons.forEach(function (button) {
        button.addEventListener("click", function () {
            run(function () {
                var signer = window[button.getAttribute("data-dk-eid-signer")];
                if (!signer || typeof signer.authenticate !== "function") {
                    throw Object.assign(new Error("signer not loaded"), { code: "ERR_WEBEID_NATIVE_UNAVAILABLE" });
                }
                return signer.authenticate(nonce, { lang: lang, cardsUrl: button.getAttribute("data-cards-url") });
            });
        });
    });

    // Back to this page from the browser's cache after a submission: the buttons work again.
    window.addEventListener("pageshow", function (event) {
        if (event.persisted) {
            setBusy(false);
        }
    });
})();
