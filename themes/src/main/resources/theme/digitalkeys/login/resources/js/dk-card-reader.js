/*
 * Connected mode of the card reader pages: talks to the local card-reader connector whose URL the
 * realm configures (data-connector). Card page: GET /v1/reader fills in the inserted card's
 * number. Challenge page: POST /v1/sign {challenge} lets the user type the PIN on the reader and
 * fills in the response. Without a connector (or when it fails) the page stays in disconnected
 * mode and says so. See the README, "Card reader connector protocol".
 */
(function () {
    "use strict";
    var root = document.getElementById("dk-card-reader");
    if (!root || !root.dataset.connector || !window.fetch) {
        return;
    }
    var connector = root.dataset.connector;

    function call(path, options, timeoutMs) {
        var controller = new AbortController();
        var timer = setTimeout(function () { controller.abort(); }, timeoutMs);
        options.signal = controller.signal;
        options.mode = "cors";
        options.credentials = "omit";
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

    function show(id) {
        var element = document.getElementById(id);
        if (element) {
            element.hidden = false;
        }
    }

    if (root.dataset.page === "card") {
        call("/v1/reader", { method: "GET" }, 2000).then(function (reader) {
            var number = reader && reader.card && typeof reader.card.number === "string" ? reader.card.number.replace(/\D/g, "") : "";
            var prefix = root.dataset.prefix || "";
            var field = document.getElementById("cardNumber");
            if (number.length === 17 && number.indexOf(prefix) === 0 && field) {
                var rest = number.substring(prefix.length);
                // Grouped as printed on the card when the prefix is one group of 4.
                field.value = prefix.length === 4 ? rest.replace(/(\d{4})(?=\d)/g, "$1 ") : rest;
            }
            show("dk-card-connector-found");
        }).catch(function () {
            show("dk-card-connector-missing");
        });
        return;
    }

    if (root.dataset.page === "challenge") {
        var challenge = root.dataset.challenge;
        var form = document.getElementById("dk-card-response-form");
        var field = document.getElementById("response");
        call("/v1/reader", { method: "GET" }, 2000).then(function () {
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
            var connected = document.getElementById("dk-card-connected");
            if (connected && !connected.hidden) {
                connected.hidden = true;
                show("dk-card-connector-failed");
            }
        });
    }
})();
