/*
 * Connected mode of the card reader pages: talks to the local card-reader connector whose URL the
 * realm configures (data-connector). Nothing is sent to the connector until the person chooses
 * "use my connected card reader"; the choice is remembered on this device (localStorage, never
 * the account), so later logins here go straight to the reader. Card page: GET /v1/reader fills
 * in the inserted card's number. Challenge page: POST /v1/sign {challenge} lets the user type the
 * PIN on the reader and fills in the response.
 *
 * Browsers put a request from a public site to a loopback address behind a permission (Chrome's
 * Local Network Access, "apps on this device"): the requests say targetAddressSpace "loopback" so
 * that Chrome asks once. When the permission is denied or cannot be asked, the page says so and
 * stays in disconnected mode. See the README, "Card reader connector protocol".
 */
(function () {
    "use strict";
    var root = document.getElementById("dk-card-reader");
    if (!root || !root.dataset.connector || !window.fetch) {
        return;
    }
    var connector = root.dataset.connector;
    var CHOICE = "dk.cardReader.connected";

    function remembered() {
        try {
            return window.localStorage.getItem(CHOICE) === "yes";
        } catch (e) {
            return false;
        }
    }

    function remember(yes) {
        try {
            if (yes) {
                window.localStorage.setItem(CHOICE, "yes");
            } else {
                window.localStorage.removeItem(CHOICE);
            }
        } catch (e) {
            // storage unavailable: the choice lasts for this page only
        }
    }

    function call(path, options, timeoutMs) {
        var controller = new AbortController();
        var timer = setTimeout(function () { controller.abort(); }, timeoutMs);
        options.signal = controller.signal;
        options.mode = "cors";
        options.credentials = "omit";
        // Local Network Access: the browser asks the person once ("apps on this device").
        options.targetAddressSpace = "loopback";
        return fetch(connector + path, options).then(function (response) {
            clearTimeout(timer);
            if (!response.ok) {
                throw new Error("connector answered " + response.status);
            }
            return response.json();
        }, function (error) {
            clearTimeout(timer);
            throw error;
        });
    }

    /** "denied" when the browser refuses this page the loopback connection, else "granted"/"prompt"/"unknown". */
    function permission() {
        if (!navigator.permissions || !navigator.permissions.query) {
            return Promise.resolve("unknown");
        }
        return navigator.permissions.query({ name: "loopback-network" }).catch(function () {
            return navigator.permissions.query({ name: "local-network-access" });
        }).then(function (status) {
            return status.state;
        }, function () {
            return "unknown";
        });
    }

    function show(id, visible) {
        var element = document.getElementById(id);
        if (element) {
            element.hidden = visible === false;
        }
    }

    /** After a failed call: the browser's refusal is explained, anything else is "no connector". */
    function failed(otherwise) {
        return permission().then(function (state) {
            if (state === "denied") {
                remember(false);
                show("dk-card-reader-denied");
                show("dk-card-offer");
            } else {
                show(otherwise);
                show("dk-card-stop-reader");
            }
        });
    }

    function offer(start) {
        var use = document.getElementById("dk-card-use-reader");
        var stop = document.getElementById("dk-card-stop-reader-button");
        if (use) {
            use.addEventListener("click", function () {
                remember(true);
                show("dk-card-offer", false);
                show("dk-card-reader-denied", false);
                start();
            });
        }
        if (stop) {
            stop.addEventListener("click", function () {
                remember(false);
                ["dk-card-stop-reader", "dk-card-connector-found", "dk-card-connector-missing", "dk-card-connector-failed",
                    "dk-card-connected"].forEach(function (id) { show(id, false); });
                show("dk-card-offer");
            });
        }
        if (remembered()) {
            start();
        } else {
            show("dk-card-offer");
        }
    }

    if (root.dataset.page === "card") {
        offer(function () {
            call("/v1/reader", { method: "GET" }, 30000).then(function (reader) {
                var number = reader && reader.card && typeof reader.card.number === "string" ? reader.card.number.replace(/\D/g, "") : "";
                var prefix = root.dataset.prefix || "";
                var field = document.getElementById("cardNumber");
                if (number.length === 17 && number.indexOf(prefix) === 0 && field) {
                    var rest = number.substring(prefix.length);
                    // Grouped as printed on the card when the prefix is one group of 4.
                    field.value = prefix.length === 4 ? rest.replace(/(\d{4})(?=\d)/g, "$1 ") : rest;
                }
                show("dk-card-connector-found");
                show("dk-card-stop-reader");
            }).catch(function () {
                return failed("dk-card-connector-missing");
            });
        });
        return;
    }

    if (root.dataset.page === "challenge") {
        var challenge = root.dataset.challenge;
        var form = document.getElementById("dk-card-response-form");
        var field = document.getElementById("response");
        offer(function () {
            call("/v1/reader", { method: "GET" }, 30000).then(function () {
                show("dk-card-connected");
                return call("/v1/sign", {
                    method: "POST",
                    headers: { "Content-Type": "application/json" },
                    body: JSON.stringify({ challenge: challenge })
                }, 120000);
            }).then(function (signed) {
                if (!signed || typeof signed.response !== "string" || !/^\d{4,10}$/.test(signed.response)) {
                    throw new Error("no response");
                }
                field.value = signed.response;
                if (form.requestSubmit) {
                    form.requestSubmit(document.getElementById("dk-card-sign"));
                } else {
                    form.submit();
                }
            }).catch(function () {
                show("dk-card-connected", false);
                return failed("dk-card-connector-failed");
            });
        });
    }
})();
