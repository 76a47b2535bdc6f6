/*
 * Development card reader simulator: a reader's keypad. Insert a demo card, press Login, type the
 * challenge, OK, confirm with OK, type the PIN, OK; the server computes the demo card's response
 * (only in development realms) and the display shows it, as a reader would.
 */
(function () {
    "use strict";
    var root = document.getElementById("dk-sim");
    if (!root) {
        return;
    }
    var display = document.getElementById("dk-sim-display");
    var state = "insert";
    var card = "";
    var challenge = "";
    var typed = "";

    function show(text) {
        display.textContent = text;
    }

    function key(digit) {
        if (state !== "challenge" && state !== "pin") {
            return;
        }
        if (typed.length < 16) {
            typed += digit;
        }
        show(state === "pin" ? root.dataset.pin + " " + "*".repeat(typed.length) : root.dataset.challenge + " " + typed);
    }

    function ok() {
        if (state === "challenge" && typed.length > 0) {
            challenge = typed;
            typed = "";
            state = "confirm";
            show(root.dataset.confirm);
        } else if (state === "confirm") {
            state = "pin";
            show(root.dataset.pin);
        } else if (state === "pin" && typed.length > 0) {
            var pin = typed;
            typed = "";
            state = "busy";
            show("…");
            fetch(root.dataset.url, {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ cardNumber: card, challenge: challenge, pin: pin })
            }).then(function (response) {
                return response.json().then(function (body) { return { status: response.status, body: body }; });
            }).then(function (result) {
                if (result.status === 200 && result.body.response) {
                    state = "done";
                    show(result.body.response);
                    display.setAttribute("data-response", result.body.response);
                } else {
                    state = result.body.error === "wrong_pin" ? "pin" : "login";
                    show(result.body.error === "wrong_pin" ? root.dataset.wrongPin
                        : result.body.error === "unknown_card" ? root.dataset.unknown : root.dataset.failed);
                }
            }).catch(function () {
                state = "login";
                show(root.dataset.failed);
            });
        }
    }

    document.getElementById("dk-sim-insert").addEventListener("click", function () {
        card = document.getElementById("dk-sim-card").value;
        state = "login";
        typed = "";
        display.removeAttribute("data-response");
        show(root.dataset.login);
    });
    document.getElementById("dk-sim-login").addEventListener("click", function () {
        if (state === "insert" || state === "busy") {
            return;
        }
        state = "challenge";
        typed = "";
        display.removeAttribute("data-response");
        show(root.dataset.challenge);
    });
    document.getElementById("dk-sim-ok").addEventListener("click", ok);
    document.getElementById("dk-sim-clear").addEventListener("click", function () {
        typed = "";
        if (state === "challenge") {
            show(root.dataset.challenge);
        } else if (state === "pin") {
            show(root.dataset.pin);
        }
    });
    Array.prototype.forEach.call(root.querySelectorAll("[data-key]"), function (button) {
        button.addEventListener("click", function () { key(button.dataset.key); });
    });
    // The keyboard works like the keypad once focus is on the reader.
    root.addEventListener("keydown", function (event) {
        if (/^[0-9]$/.test(event.key)) {
            key(event.key);
            event.preventDefault();
        } else if (event.key === "Enter" && event.target.tagName !== "BUTTON" && event.target.tagName !== "SELECT") {
            ok();
            event.preventDefault();
        }
    });
})();
