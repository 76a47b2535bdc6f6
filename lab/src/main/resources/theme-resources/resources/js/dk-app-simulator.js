/*
 * DEVELOPMENT ONLY. The phone simulator page (dk-app-simulator.ftl): a stand-in for the Digital Keys
 * app, talking to the app API (data-api, see dk-app-openapi.yaml) as the real app does.
 *
 * Activation: activation token + phone number (POST /enrolments), the SMS code
 * (POST /enrolments/{e}/sms-code), the app code checked live by the server's rules
 * (POST data-code-check, the lab's app-simulator/app-code-check), then a new P-256 key registered with a signed
 * {typ: "dk-app-enrol"} (POST /enrolments/{e}/device). Login: the home screen asks for pending
 * requests every 2 s (signed "dk-app-pending"), shows the request (signed "dk-app-view"), lets the
 * user pick the icon and confirm with the app code, then answers (signed "dk-app-answer").
 *
 * Signed messages: payload = base64url (no padding) of the UTF-8 JSON, signature = base64url of
 * WebCrypto's ECDSA P-256 / SHA-256 signature (IEEE P1363, r||s) of those same JSON bytes.
 * The app code never leaves the browser: localStorage "dk-app-sim.<realm>" keeps
 * {device, firstName, privateJwk, appCodeHash (SHA-256 hex of salt + code), salt, failedCodes};
 * 5 wrong codes block the simulated app, which must then be activated again.
 * Every text comes from the page (<template id="simTexts">), never from this file.
 */
(function () {
    "use strict";
    const root = document.getElementById("dk-app-sim");
    if (!root) {
        return;
    }
    const API = (root.dataset.api || "").replace(/\/+$/, "");
    const CODE_CHECK = root.dataset.codeCheck || "";
    const REALM = root.dataset.realm || "";
    const ICONS = root.dataset.icons || "";
    const STORAGE_KEY = "dk-app-sim." + REALM;
    const MAX_CODE_TRIES = 5;
    const POLL_MS = 2000;
    const CHECK_DELAY_MS = 150;
    const CALL_TIMEOUT_MS = 10000;
    const SCREENS = ["simActivate", "simSms", "simChooseCode", "simHome", "simRequest", "simPinScreen", "simResultScreen"];
    const RULES = { IDENTICAL: "simRuleIdentical", CONSECUTIVE: "simRuleConsecutive", PALINDROME: "simRulePalindrome" };

    const byId = (id) => document.getElementById(id);
    const message = byId("simMessage");
    const info = byId("simInfo");
    const subtle = window.crypto && window.crypto.subtle;
    const texts = readTexts();

    let state = load();        // the activated app, or null
    let enrolment = null;      // {id, phone} during an activation
    let request = null;        // the RequestView being answered
    let selectedIcon = null;
    let pollTimer = null;
    let pollStopped = true;
    let checking = false;
    let pollError = false;     // the message shown is the last pending check's error
    let keepRefusal = false;   // the message shown says why an answer was refused: it stays over the next request
    let busy = false;
    let checkTimer = null;
    let checkSeq = 0;
    let checkedCode = null;    // the code the last rules answer was about
    let checkedValid = false;

    // ---- texts, storage, screens, messages ----

    function readTexts() {
        const result = {};
        const template = byId("simTexts");
        if (template) {
            template.content.querySelectorAll("[data-key]").forEach((element) => {
                result[element.dataset.key] = element.textContent.trim();
            });
        }
        return result;
    }

    function text(key, value) {
        const pattern = texts[key] || "";
        return value === undefined ? pattern : pattern.split("{0}").join(String(value));
    }

    function load() {
        try {
            const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "null");
            return value && value.device && value.privateJwk ? value : null;
        } catch (e) {
            return null;
        }
    }

    function save() {
        try {
            if (state) {
                window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
            } else {
                window.localStorage.removeItem(STORAGE_KEY);
            }
        } catch (e) {
            // The browser refuses storage: the simulated app lives until the page is reloaded.
        }
    }

    function show(id, options) {
        const keepMessages = options && options.keepMessages;
        const focus = !(options && options.focus === false);
        if (!keepMessages) {
            clearMessages();
        }
        SCREENS.forEach((screen) => {
            byId(screen).hidden = screen !== id;
        });
        root.dataset.screen = id;
        if (id === "simHome" || id === "simRequest") {
            // On the request screen too: a newer login request replaces the one shown (issue 20).
            startPolling(id === "simRequest" ? POLL_MS : 0);
        } else {
            stopPolling();
        }
        const heading = byId(id).querySelector("h2");
        if (heading && focus) {
            heading.focus();
        }
    }

    function showError(textValue, field) {
        pollError = false;
        root.querySelectorAll("[aria-invalid]").forEach((element) => element.removeAttribute("aria-invalid"));
        if (message.textContent !== textValue) {
            message.textContent = textValue;
        }
        info.textContent = "";
        if (field) {
            field.setAttribute("aria-invalid", "true");
            field.focus();
        }
    }

    function showInfo(textValue) {
        message.textContent = "";
        info.textContent = textValue;
    }

    function clearMessages() {
        keepRefusal = false;
        message.textContent = "";
        info.textContent = "";
        root.querySelectorAll("[aria-invalid]").forEach((element) => element.removeAttribute("aria-invalid"));
    }

    function errorText(error) {
        const code = error && error.code;
        if (code === "network") {
            return text("errorNetwork");
        }
        if (code === "wrong_code") {
            return text("error.wrong_code", error.attemptsLeft === undefined ? "?" : error.attemptsLeft);
        }
        return texts["error." + code] || text("errorGeneric", code || "?");
    }

    /** Runs one user action at a time; the page says it is busy meanwhile. */
    async function run(action) {
        if (busy) {
            return;
        }
        busy = true;
        root.setAttribute("aria-busy", "true");
        try {
            await action();
        } finally {
            busy = false;
            root.removeAttribute("aria-busy");
        }
    }

    function digitsOnly(input) {
        const cleaned = input.value.replace(/\D+/g, "").slice(0, 5);
        if (cleaned !== input.value) {
            input.value = cleaned;
        }
        return cleaned;
    }

    // ---- API and crypto ----

    async function call(path, body, url) {
        let response;
        // A call that gets no answer in time counts as a network error (a phone's network drops
        // calls too): waiting for ever would stop the checks for new requests.
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), CALL_TIMEOUT_MS);
        try {
            response = await fetch(url || API + path, {
                method: "POST",
                headers: { "Content-Type": "application/json", "Accept": "application/json" },
                body: JSON.stringify(body),
                credentials: "omit",
                cache: "no-store",
                signal: abort.signal
            });
        } catch (e) {
            throw Object.assign(new Error("network"), { code: "network" });
        } finally {
            clearTimeout(timer);
        }
        let json = null;
        if (response.status !== 204) {
            try {
                json = await response.json();
            } catch (e) {
                json = null;
            }
        }
        if (!response.ok) {
            throw Object.assign(new Error("HTTP " + response.status), {
                code: (json && json.error) || "http_" + response.status,
                attemptsLeft: json ? json.attemptsLeft : undefined,
                status: response.status
            });
        }
        return json || {};
    }

    function base64url(buffer) {
        const bytes = new Uint8Array(buffer);
        let binary = "";
        for (let i = 0; i < bytes.length; i++) {
            binary += String.fromCharCode(bytes[i]);
        }
        return window.btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    function hex(buffer) {
        return Array.from(new Uint8Array(buffer), (b) => (b < 16 ? "0" : "") + b.toString(16)).join("");
    }

    async function sha256Hex(value) {
        return hex(await subtle.digest("SHA-256", new TextEncoder().encode(value)));
    }

    /** {payload, signature} for a JSON payload, signed with the given private key. */
    async function signed(payload, privateKey) {
        const bytes = new TextEncoder().encode(JSON.stringify(payload));
        const signature = await subtle.sign({ name: "ECDSA", hash: "SHA-256" }, privateKey, bytes);
        return { payload: base64url(bytes), signature: base64url(signature) };
    }

    async function deviceKey() {
        return subtle.importKey("jwk", state.privateJwk, { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]);
    }

    /** A signed call with the device key; every payload has typ, realm, device and ts. */
    async function deviceCall(path, typ, extra) {
        const payload = Object.assign({ typ: typ, realm: REALM, device: state.device }, extra || {}, { ts: Date.now() });
        return call(path, await signed(payload, await deviceKey()));
    }

    // ---- activation ----

    byId("simActivateForm").addEventListener("submit", (event) => {
        event.preventDefault();
        run(async () => {
            const tokenField = byId("simToken");
            const phoneField = byId("simPhone");
            const token = tokenField.value.trim();
            const phone = phoneField.value.trim();
            if (!token) {
                showError(text("tokenMissing"), tokenField);
                return;
            }
            if (!phone) {
                showError(text("phoneMissing"), phoneField);
                return;
            }
            try {
                const answer = await call("/enrolments", { activationToken: token, phoneNumber: phone });
                enrolment = { id: answer.enrolment, phone: phone };
                byId("simSmsIntro").textContent = text("smsIntro", phone);
                byId("simSmsCode").value = "";
                show("simSms");
            } catch (error) {
                const field = error.code === "invalid_phone" || error.code === "phone_mismatch" ? phoneField : tokenField;
                showError(errorText(error), error.code === "network" ? null : field);
            }
        });
    });

    byId("simSmsCode").addEventListener("input", (event) => digitsOnly(event.target));

    byId("simSmsForm").addEventListener("submit", (event) => {
        event.preventDefault();
        run(async () => {
            const field = byId("simSmsCode");
            const code = digitsOnly(field);
            if (code.length !== 5) {
                showError(text("smsDigits"), field);
                return;
            }
            try {
                await call("/enrolments/" + encodeURIComponent(enrolment.id) + "/sms-code", { code: code });
                resetCodeScreen();
                show("simChooseCode");
            } catch (error) {
                if (error.code === "expired") {
                    enrolment = null;
                    show("simActivate", { keepMessages: true });
                    showError(errorText(error));
                } else {
                    field.value = "";
                    showError(errorText(error), error.code === "network" ? null : field);
                }
            }
        });
    });

    root.querySelectorAll("[data-restart]").forEach((button) => {
        button.addEventListener("click", () => {
            enrolment = null;
            show("simActivate");
        });
    });

    // ---- the app code and its rules ----

    function resetCodeScreen() {
        byId("simAppCode").value = "";
        byId("simAppCodeRepeat").value = "";
        byId("simCodeMismatch").textContent = "";
        byId("simCodeStatus").textContent = "";
        checkedCode = null;
        checkedValid = false;
        markRules(null, "");
        updateConfirm();
    }

    /** Each rule: ✓ kept, ✗ broken, • not known yet; the words say it too. */
    function markRules(broken, code) {
        Object.keys(RULES).forEach((prefix) => {
            const item = byId(RULES[prefix]);
            let ruleState = "unknown";
            if (broken) {
                if (broken.some((name) => String(name).toUpperCase().indexOf(prefix) >= 0)) {
                    ruleState = "broken";
                } else if (code.length === 5) {
                    ruleState = "ok";
                }
            }
            item.dataset.state = ruleState;
            item.querySelector(".dk-app-sim-rule-mark").textContent = ruleState === "ok" ? "\u2713" : ruleState === "broken" ? "\u2717" : "\u2022";
            item.querySelector(".dk-app-sim-rule-state").textContent =
                ruleState === "ok" ? text("ruleOk") : ruleState === "broken" ? text("ruleBroken") : "";
        });
    }

    function updateConfirm() {
        const code = byId("simAppCode").value;
        const repeat = byId("simAppCodeRepeat").value;
        const repeatField = byId("simAppCodeRepeat");
        const mismatch = repeat.length === 5 && code !== repeat;
        byId("simCodeMismatch").textContent = mismatch ? text("codeMismatch") : "";
        if (mismatch) {
            repeatField.setAttribute("aria-invalid", "true");
        } else {
            repeatField.removeAttribute("aria-invalid");
        }
        byId("simCodeConfirm").disabled = !(checkedValid && checkedCode === code && code.length === 5 && repeat === code);
    }

    function scheduleCheck() {
        clearTimeout(checkTimer);
        const code = byId("simAppCode").value;
        checkedValid = false;
        updateConfirm();
        if (!code) {
            checkedCode = null;
            markRules(null, "");
            byId("simCodeStatus").textContent = "";
            return;
        }
        checkTimer = setTimeout(() => checkCode(code), CHECK_DELAY_MS);
    }

    async function checkCode(code) {
        const seq = ++checkSeq;
        let answer;
        try {
            answer = await call("", { code: code }, CODE_CHECK);
        } catch (error) {
            if (seq === checkSeq) {
                showError(errorText(error));
            }
            return;
        }
        if (seq !== checkSeq || code !== byId("simAppCode").value) {
            return; // an older answer, or the code changed meanwhile
        }
        if (message.textContent) {
            clearMessages();
        }
        const broken = Array.isArray(answer.broken) ? answer.broken : [];
        checkedCode = code;
        checkedValid = answer.valid === true;
        markRules(broken, code);
        const status = byId("simCodeStatus");
        if (code.length === 5) {
            const names = Object.keys(RULES)
                .filter((prefix) => byId(RULES[prefix]).dataset.state === "broken")
                .map((prefix) => byId(RULES[prefix]).querySelector(".dk-app-sim-rule-text").textContent.trim());
            status.textContent = checkedValid ? text("codeValid")
                : names.length ? text("codeBroken", names.join(", ")) : text("codeLength");
        } else {
            status.textContent = "";
        }
        updateConfirm();
    }

    byId("simAppCode").addEventListener("input", (event) => {
        digitsOnly(event.target);
        scheduleCheck();
    });
    byId("simAppCodeRepeat").addEventListener("input", (event) => {
        digitsOnly(event.target);
        updateConfirm();
    });

    byId("simCodeForm").addEventListener("submit", (event) => {
        event.preventDefault();
        const code = byId("simAppCode").value;
        if (byId("simCodeConfirm").disabled) {
            return;
        }
        run(async () => {
            try {
                const keys = await subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
                const publicKey = base64url(await subtle.exportKey("spki", keys.publicKey));
                const privateJwk = await subtle.exportKey("jwk", keys.privateKey);
                const salt = hex(window.crypto.getRandomValues(new Uint8Array(16)));
                const appCodeHash = await sha256Hex(salt + code);
                const proof = await signed({ typ: "dk-app-enrol", realm: REALM, enrolment: enrolment.id, ts: Date.now() }, keys.privateKey);
                const device = await call("/enrolments/" + encodeURIComponent(enrolment.id) + "/device", {
                    publicKey: publicKey, name: "Simulator", payload: proof.payload, signature: proof.signature
                });
                state = {
                    device: device.device, firstName: device.firstName || "", privateJwk: privateJwk,
                    appCodeHash: appCodeHash, salt: salt, failedCodes: 0
                };
                save();
                enrolment = null;
                resetCodeScreen();
                goHome();
                showInfo(text("enrolled"));
            } catch (error) {
                if (error.code === "expired" || error.code === "sms_code_not_confirmed") {
                    enrolment = null;
                    show("simActivate", { keepMessages: true });
                }
                showError(errorText(error));
            }
        });
    });

    // ---- home: pending requests ----

    function goHome(focus) {
        byId("simHomeTitle").textContent = text("hello", state.firstName);
        setHomeStatus(text("noRequest"));
        show("simHome", { focus: focus !== false });
    }

    function setHomeStatus(value) {
        const status = byId("simHomeStatus");
        if (status.textContent !== value) {
            status.textContent = value;
        }
    }

    function startPolling(delay) {
        pollStopped = false;
        clearTimeout(pollTimer);
        pollTimer = setTimeout(checkPending, delay || 0);
    }

    function stopPolling() {
        pollStopped = true;
        clearTimeout(pollTimer);
    }

    async function checkPending() {
        if (pollStopped || !state) {
            return;
        }
        if (checking) {
            // The previous check has not answered yet: this one comes again later rather than
            // being lost (the answer of the previous one may predate a newer request).
            clearTimeout(pollTimer);
            pollTimer = setTimeout(checkPending, POLL_MS);
            return;
        }
        checking = true;
        let next = POLL_MS;
        try {
            const answer = await deviceCall("/devices/" + encodeURIComponent(state.device) + "/pending", "dk-app-pending");
            const pending = Array.isArray(answer.requests) ? answer.requests : [];
            if (pollError) {
                message.textContent = "";
                pollError = false;
            }
            const shown = root.dataset.screen === "simRequest" && request ? request.request : null;
            if (shown && (!pending.length || pending[0].request !== shown)) {
                // Only the newest pending request of the person may be shown: the one on screen was
                // replaced by a retry (or ended); its icons must not stay next to the browser's new one.
                request = null;
                if (!pending.length) {
                    checking = false;
                    goHome();
                    return;
                }
            }
            if (pending.length && !pollStopped && !busy && pending[0].request !== shown) {
                checking = false;
                await openRequest(pending[0].request);
                return;
            }
            if (!shown) {
                setHomeStatus(text("noRequest"));
            }
        } catch (error) {
            showError(errorText(error));
            pollError = true;
            if (error.code !== "network") {
                // Refused (unknown device, clock, signature): asking again will not help; "refresh" will.
                next = -1;
            }
        } finally {
            checking = false;
        }
        if (!pollStopped && next > 0) {
            clearTimeout(pollTimer);
            pollTimer = setTimeout(checkPending, next);
        }
    }

    byId("simRefresh").addEventListener("click", () => {
        clearMessages();
        startPolling();
    });

    byId("simReset").addEventListener("click", () => {
        stopPolling();
        state = null;
        enrolment = null;
        request = null;
        save();
        show("simActivate");
        showInfo(text("resetDone"));
    });

    // ---- a request: view, icon, confirm or deny ----

    function openRequest(id) {
        return run(async () => {
            let view;
            try {
                view = await deviceCall("/requests/" + encodeURIComponent(id) + "/view", "dk-app-view", { request: id });
            } catch (error) {
                if (root.dataset.screen === "simRequest" && !request) {
                    // The request on screen was replaced, and its successor could not be opened.
                    goHome(false);
                }
                showError(errorText(error));
                if (root.dataset.screen === "simHome" && !pollStopped) {
                    clearTimeout(pollTimer);
                    pollTimer = setTimeout(checkPending, POLL_MS);
                }
                return;
            }
            request = view;
            selectedIcon = null;
            byId("simRequest").dataset.request = view.request;
            byId("simService").textContent = view.service || "";
            byId("simAction").textContent = view.action === "login" || !view.action ? text("actionLogin", view.service || "") : view.action;
            const list = byId("simData");
            list.textContent = "";
            (Array.isArray(view.data) ? view.data : []).forEach((key) => {
                const item = document.createElement("li");
                item.textContent = texts["data." + key] || key;
                item.dataset.key = key;
                list.appendChild(item);
            });
            const icons = Array.isArray(view.icons) ? view.icons : [];
            const box = byId("simIcons");
            box.textContent = "";
            icons.forEach((icon) => {
                const button = document.createElement("button");
                button.type = "button";
                button.className = "dk-sim-icon";
                button.dataset.icon = icon;
                button.setAttribute("aria-pressed", "false");
                const image = document.createElement("img");
                image.src = ICONS + "/" + encodeURIComponent(icon) + ".svg";
                image.alt = texts["icon." + icon] || icon;
                image.width = 56;
                image.height = 56;
                button.appendChild(image);
                button.addEventListener("click", () => selectIcon(icon));
                box.appendChild(button);
            });
            byId("simIconsBox").hidden = icons.length === 0;
            // A refused answer's reason stays on screen over the newer request that replaced it,
            // until the person acts: moving on at once must not take the explanation away.
            show("simRequest", { keepMessages: keepRefusal });
            keepRefusal = false;
        });
    }

    function selectIcon(icon) {
        selectedIcon = icon;
        byId("simIcons").querySelectorAll(".dk-sim-icon").forEach((button) => {
            button.setAttribute("aria-pressed", String(button.dataset.icon === icon));
        });
        if (message.textContent) {
            clearMessages();
        }
    }

    function hasIcons() {
        return Boolean(request && Array.isArray(request.icons) && request.icons.length);
    }

    byId("simConfirm").addEventListener("click", () => {
        if (!request) {
            return;
        }
        if (hasIcons() && !selectedIcon) {
            showError(text("selectIcon"));
            const first = byId("simIcons").querySelector(".dk-sim-icon");
            if (first) {
                first.focus();
            }
            return;
        }
        byId("simPin").value = "";
        show("simPinScreen");
    });

    byId("simDeny").addEventListener("click", () => {
        if (request) {
            run(() => answer("deny", null));
        }
    });

    byId("simPinBack").addEventListener("click", () => show("simRequest"));

    // ---- the app code (PIN) with the keypad ----

    const pinField = byId("simPin");
    pinField.addEventListener("input", () => digitsOnly(pinField));
    byId("simKeypad").querySelectorAll("[data-digit]").forEach((button) => {
        button.addEventListener("click", () => {
            if (pinField.value.length < 5) {
                pinField.value += button.dataset.digit;
            }
        });
    });
    byId("simKeyErase").addEventListener("click", () => {
        pinField.value = pinField.value.slice(0, -1);
    });

    byId("simPinForm").addEventListener("submit", (event) => {
        event.preventDefault();
        run(async () => {
            const pin = digitsOnly(pinField);
            if (pin.length !== 5) {
                showError(text("pinIncomplete"), pinField);
                return;
            }
            if (await sha256Hex(state.salt + pin) !== state.appCodeHash) {
                state.failedCodes = (state.failedCodes || 0) + 1;
                pinField.value = "";
                if (state.failedCodes >= MAX_CODE_TRIES) {
                    state = null;
                    request = null;
                    save();
                    show("simActivate", { keepMessages: true });
                    showError(text("pinBlocked"));
                    return;
                }
                save();
                const left = MAX_CODE_TRIES - state.failedCodes;
                showError(left === 1 ? text("pinWrongLast") : text("pinWrong", left), pinField);
                return;
            }
            state.failedCodes = 0;
            save();
            await answer("approve", hasIcons() ? selectedIcon : null);
        });
    });

    async function answer(decision, icon) {
        try {
            const result = await deviceCall("/requests/" + encodeURIComponent(request.request) + "/answer", "dk-app-answer",
                { request: request.request, decision: decision, icon: icon });
            showResult(result.state || "");
        } catch (error) {
            request = null;
            goHome();
            showError(errorText(error));
            keepRefusal = true;
        }
    }

    function showResult(resultState) {
        const heading = byId("simResult");
        heading.dataset.state = resultState;
        heading.textContent = texts["result." + resultState] || resultState;
        byId("simResultText").textContent = texts["resultText." + resultState] || "";
        request = null;
        show("simResultScreen");
    }

    byId("simBack").addEventListener("click", () => goHome());

    // ---- start ----

    if (!subtle || !window.fetch) {
        show("simActivate", { focus: false });
        root.querySelectorAll("input, button").forEach((element) => { element.disabled = true; });
        showError(text("noCrypto"));
    } else if (state) {
        goHome(false);
    } else {
        show("simActivate", { focus: false });
    }
})();
