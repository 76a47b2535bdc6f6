/*
 * DEVELOPMENT ONLY. The TEST software eID: stands in for the Web eID extension, app and a real eID
 * card on the realms that enable it (dk-eid.ftl loads this file only there). It fetches the TEST
 * cards (certificate, PKCS#8 private key, SHA-256 of the PIN) from the realm, shows a window like
 * the eID software's (<template id="dk-seid-template"> of the page, all texts included), checks the
 * PIN (3 tries per card, counted in localStorage "dk.seid.tries.<id>") and signs as the Web eID app
 * does: signature over hash(origin) || hash(nonce) with the card's algorithm, ECDSA as raw R||S.
 *
 *   window.DkSoftwareEid.authenticate(nonce, {lang, cardsUrl})
 *       -> Promise of {unverifiedCertificate, algorithm, signature, format, appVersion}
 *       rejected with an Error whose code is ERR_WEBEID_USER_CANCELLED, ERR_WEBEID_NATIVE_UNAVAILABLE
 *       (cards not loaded), ERR_WEBEID_NATIVE_FATAL (key unusable), ERR_WEBEID_CONTEXT_INSECURE (no
 *       WebCrypto), ERR_WEBEID_ACTION_PENDING, DK_SEID_NO_CARD or DK_SEID_PIN_BLOCKED.
 *   window.DkSoftwareEid.resetPinCounters()
 */
(function () {
    "use strict";
    var MAX_TRIES = 3;
    var TRIES_PREFIX = "dk.seid.tries.";
    var FORMAT = "web-eid:1.0";
    var APP_VERSION = "https://digitalkeys.be/software-eid/1.0 (TEST)";
    var HASHES = { "256": "SHA-256", "384": "SHA-384", "512": "SHA-512" };
    var memoryTries = {};
    var pending = false;

    function failure(code, message) {
        return Object.assign(new Error(message || code), { code: code });
    }

    // PIN counters: localStorage, or memory when the browser refuses storage.
    function readTries(id) {
        try {
            var value = window.localStorage.getItem(TRIES_PREFIX + id);
            return value === null ? 0 : (parseInt(value, 10) || 0);
        } catch (e) {
            return memoryTries[id] || 0;
        }
    }

    function writeTries(id, tries) {
        memoryTries[id] = tries;
        try {
            if (tries > 0) {
                window.localStorage.setItem(TRIES_PREFIX + id, String(tries));
            } else {
                window.localStorage.removeItem(TRIES_PREFIX + id);
            }
        } catch (e) {
            // memory only
        }
    }

    function resetPinCounters() {
        memoryTries = {};
        try {
            var keys = [];
            for (var i = 0; i < window.localStorage.length; i++) {
                var key = window.localStorage.key(i);
                if (key && key.indexOf(TRIES_PREFIX) === 0) {
                    keys.push(key);
                }
            }
            keys.forEach(function (key) { window.localStorage.removeItem(key); });
        } catch (e) {
            // memory only
        }
    }

    function base64ToBytes(text) {
        var binary = window.atob(String(text).replace(/\s+/g, ""));
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes;
    }

    function bytesToBase64(buffer) {
        var bytes = new Uint8Array(buffer);
        var binary = "";
        for (var i = 0; i < bytes.length; i++) {
            binary += String.fromCharCode(bytes[i]);
        }
        return window.btoa(binary);
    }

    function utf8(text) {
        return new TextEncoder().encode(text);
    }

    function hex(buffer) {
        return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
            return (b < 16 ? "0" : "") + b.toString(16);
        }).join("");
    }

    function format(pattern, value) {
        return String(pattern || "").split("{0}").join(String(value));
    }

    /** WebCrypto parameters for a Web eID signature algorithm (ES256/384/512, RS…, PS…). */
    function algorithmOf(card) {
        var match = /^(ES|RS|PS)(256|384|512)$/.exec(card.signatureAlgorithm || "");
        if (!match) {
            throw failure("ERR_WEBEID_NATIVE_FATAL", "unsupported algorithm " + card.signatureAlgorithm);
        }
        var hash = HASHES[match[2]];
        if (match[1] === "ES") {
            var curve = card.curve || { "256": "P-256", "384": "P-384", "512": "P-521" }[match[2]];
            return { hash: hash, importParams: { name: "ECDSA", namedCurve: curve }, signParams: { name: "ECDSA", hash: hash } };
        }
        if (match[1] === "RS") {
            return { hash: hash, importParams: { name: "RSASSA-PKCS1-v1_5", hash: hash }, signParams: { name: "RSASSA-PKCS1-v1_5" } };
        }
        return { hash: hash, importParams: { name: "RSA-PSS", hash: hash }, signParams: { name: "RSA-PSS", saltLength: parseInt(match[2], 10) / 8 } };
    }

    /** The Web eID authentication signature: sign(hash(origin) || hash(nonce)). */
    function sign(card, nonce) {
        var subtle = window.crypto.subtle;
        var params;
        try {
            params = algorithmOf(card);
        } catch (error) {
            return Promise.reject(error);
        }
        return Promise.all([
            subtle.importKey("pkcs8", base64ToBytes(card.privateKey), params.importParams, false, ["sign"]),
            subtle.digest(params.hash, utf8(window.location.origin)),
            subtle.digest(params.hash, utf8(nonce))
        ]).then(function (results) {
            var data = new Uint8Array(results[1].byteLength + results[2].byteLength);
            data.set(new Uint8Array(results[1]), 0);
            data.set(new Uint8Array(results[2]), results[1].byteLength);
            return subtle.sign(params.signParams, results[0], data);
        }).then(function (signature) {
            return {
                unverifiedCertificate: String(card.certificate).replace(/\s+/g, ""),
                algorithm: card.signatureAlgorithm,
                signature: bytesToBase64(signature),
                format: FORMAT,
                appVersion: APP_VERSION
            };
        }, function (error) {
            throw failure("ERR_WEBEID_NATIVE_FATAL", "TEST card key unusable: " + (error && error.message));
        });
    }

    function loadCards(cardsUrl) {
        if (!cardsUrl || !window.fetch) {
            return Promise.reject(failure("ERR_WEBEID_NATIVE_UNAVAILABLE", "no TEST cards address"));
        }
        return fetch(cardsUrl, { credentials: "same-origin", headers: { Accept: "application/json" } }).then(function (response) {
            if (!response.ok) {
                throw new Error("TEST cards answered " + response.status);
            }
            return response.json();
        }).then(function (body) {
            if (!body || !Array.isArray(body.cards)) {
                throw new Error("no cards in the answer");
            }
            return body.cards.filter(function (card) { return card && typeof card.id === "string"; });
        }).catch(function (error) {
            throw failure("ERR_WEBEID_NATIVE_UNAVAILABLE", "TEST cards not loaded: " + (error && error.message));
        });
    }

    /** Elements that can take the focus inside the dialog, in order. */
    function focusables(dialog) {
        return Array.prototype.filter.call(
            dialog.querySelectorAll("button, input, select, textarea, a[href], [tabindex]:not([tabindex='-1'])"),
            function (element) { return !element.disabled && !element.hidden && element.offsetParent !== null; });
    }

    /** Shows the window, resolves with the token or rejects with a coded error; removes the window after. */
    function openDialog(cards, nonce, lang) {
        var template = document.getElementById("dk-seid-template");
        if (!template) {
            return Promise.reject(failure("ERR_WEBEID_NATIVE_UNAVAILABLE", "no dk-seid-template in the page"));
        }
        var dialog = template.content.firstElementChild.cloneNode(true);
        var texts = dialog.dataset;
        var select = dialog.querySelector("#dk-seid-card");
        var pin = dialog.querySelector("#dk-seid-pin");
        var error = dialog.querySelector("#dk-seid-error");
        var status = dialog.querySelector("#dk-seid-status");
        var ok = dialog.querySelector("#dk-seid-ok");
        var previousFocus = document.activeElement;
        if (lang) {
            dialog.lang = lang;
        }
        dialog.querySelector("#dk-seid-origin").textContent = window.location.origin;
        cards.forEach(function (card) {
            var option = document.createElement("option");
            option.value = card.id;
            option.textContent = format(texts.cardOption, card.label || card.id);
            select.appendChild(option);
        });
        document.body.appendChild(dialog);

        return new Promise(function (resolve, reject) {
            var settled = false;
            var working = false;

            function finish(outcome, value) {
                if (settled) {
                    return;
                }
                settled = true;
                if (dialog.open) {
                    dialog.close();
                }
                dialog.remove();
                if (previousFocus && typeof previousFocus.focus === "function" && document.contains(previousFocus)) {
                    previousFocus.focus();
                }
                (outcome === "resolve" ? resolve : reject)(value);
            }

            function cancel() {
                finish("reject", failure("ERR_WEBEID_USER_CANCELLED", "cancelled in the TEST software eID"));
            }

            function say(text) {
                status.textContent = "";
                error.textContent = text;
            }

            function confirm() {
                if (working) {
                    return;
                }
                var card = cards.filter(function (c) { return c.id === select.value; })[0];
                if (!card) {
                    finish("reject", failure("DK_SEID_NO_CARD", "no TEST card in the reader"));
                    return;
                }
                if (readTries(card.id) >= MAX_TRIES) {
                    finish("reject", failure("DK_SEID_PIN_BLOCKED", "TEST card PIN blocked"));
                    return;
                }
                if (!pin.value) {
                    say(texts.pinEmpty);
                    pin.focus();
                    return;
                }
                working = true;
                ok.disabled = true;
                window.crypto.subtle.digest("SHA-256", utf8(pin.value)).then(function (digest) {
                    if (hex(digest) !== String(card.pinSha256 || "").toLowerCase()) {
                        var tries = readTries(card.id) + 1;
                        writeTries(card.id, tries);
                        if (tries >= MAX_TRIES) {
                            finish("reject", failure("DK_SEID_PIN_BLOCKED", "TEST card PIN blocked"));
                            return null;
                        }
                        say(MAX_TRIES - tries === 1 ? texts.wrongPinLast : format(texts.wrongPin, MAX_TRIES - tries));
                        pin.value = "";
                        pin.focus();
                        return null;
                    }
                    writeTries(card.id, 0);
                    return sign(card, nonce).then(function (token) {
                        finish("resolve", token);
                    });
                }).catch(function (failed) {
                    finish("reject", failed && failed.code ? failed : failure("ERR_WEBEID_NATIVE_FATAL", String(failed)));
                }).then(function () {
                    working = false;
                    ok.disabled = false;
                });
            }

            dialog.querySelector("#dk-seid-form").addEventListener("submit", function (event) {
                event.preventDefault();
                confirm();
            });
            dialog.querySelector("#dk-seid-cancel").addEventListener("click", cancel);
            dialog.querySelector("#dk-seid-reset").addEventListener("click", function () {
                resetPinCounters();
                error.textContent = "";
                status.textContent = texts.resetDone;
            });
            // Escape: the browser cancels (and closes) a modal dialog; any close we did not ask for is a cancel.
            dialog.addEventListener("cancel", function (event) {
                event.preventDefault();
                cancel();
            });
            dialog.addEventListener("close", cancel);
            // Keep Tab and Shift+Tab inside the window.
            dialog.addEventListener("keydown", function (event) {
                if (event.key !== "Tab") {
                    return;
                }
                var items = focusables(dialog);
                if (!items.length) {
                    return;
                }
                var first = items[0];
                var last = items[items.length - 1];
                if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
                    event.preventDefault();
                    last.focus();
                } else if (!event.shiftKey && document.activeElement === last) {
                    event.preventDefault();
                    first.focus();
                }
            });

            if (typeof dialog.showModal === "function") {
                dialog.showModal();
            } else {
                dialog.setAttribute("open", "");
            }
            select.focus();
        });
    }

    function authenticate(nonce, options) {
        options = options || {};
        if (pending) {
            return Promise.reject(failure("ERR_WEBEID_ACTION_PENDING", "the TEST software eID is already open"));
        }
        if (!window.isSecureContext || !window.crypto || !window.crypto.subtle) {
            return Promise.reject(failure("ERR_WEBEID_CONTEXT_INSECURE", "WebCrypto needs a secure context (https or localhost)"));
        }
        if (!nonce) {
            return Promise.reject(failure("ERR_WEBEID_NATIVE_INVALID_ARGUMENT", "no challenge nonce"));
        }
        pending = true;
        return loadCards(options.cardsUrl).then(function (cards) {
            return openDialog(cards, nonce, options.lang);
        }).then(function (token) {
            pending = false;
            return token;
        }, function (error) {
            pending = false;
            throw error;
        });
    }

    window.DkSoftwareEid = { authenticate: authenticate, resetPinCounters: resetPinCounters };
})();
