/*
 * Phone app waiting pages (dk-app-wait.ftl, and dk-app-enrol.ftl's token step): follows the state of
 * the request (or enrolment) and submits kc-dk-app-continue-form, once, as soon as it is no longer
 * "pending" or when the countdown reaches 0; the server then says what happened. The state comes
 * from Server-Sent Events (named event "state", data {"state": ...}) or, without EventSource, with
 * data-transport="poll" or after an SSE error, from polling the JSON status URL. Everything it needs
 * is on #dkAppWaiting (URLs, transport, poll interval, lifetime, texts); without JavaScript the
 * continue button does the same. document.body.dataset.dkAppTransport says which transport is used.
 */
(function () {
    "use strict";
    const root = document.getElementById("dkAppWaiting");
    const form = document.getElementById("kc-dk-app-continue-form");
    if (!root || !form) {
        return;
    }
    const data = root.dataset;
    const transport = data.transport || "auto";
    const pollMs = Math.max(500, parseInt(data.pollMs, 10) || 2000);
    const expiresIn = Math.max(0, parseInt(data.expiresIn, 10) || 0);  // 0: no countdown
    const deadline = Date.now() + expiresIn * 1000;
    const countdown = document.getElementById("dkAppCountdown");
    const remaining = document.getElementById("dkAppRemaining");
    const status = document.getElementById("dkAppStatus");
    const statusText = document.getElementById("dkAppStatusText") || status;

    let submitted = false;
    let source = null;
    let pollTimer = null;
    let tickTimer = null;
    let pollFailures = 0;
    let lastAnnouncedMinute = Math.ceil(expiresIn / 60);
    let announcedHalfMinute = expiresIn <= 30;

    function format(pattern, value) {
        return String(pattern || "").split("{0}").join(String(value));
    }

    function setStatus(text, done) {
        if (statusText && text) {
            statusText.textContent = text;
        }
        if (status) {
            status.classList.toggle("dk-app-status-done", Boolean(done));
        }
    }

    function stop() {
        if (source) {
            source.close();
            source = null;
        }
        clearTimeout(pollTimer);
        clearInterval(tickTimer);
    }

    /** Hands over to the server, exactly once. */
    function finish(state, text) {
        if (submitted) {
            return;
        }
        submitted = true;
        stop();
        root.dataset.state = state;
        setStatus(text, true);
        form.submit();
    }

    function handle(state) {
        if (typeof state === "string" && state && state !== "pending") {
            finish(state, data.textDone);
        }
    }

    function two(n) {
        return (n < 10 ? "0" : "") + n;
    }

    /** The visible mm:ss, and a spoken reminder once a minute and at 30 seconds. */
    function tick() {
        const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
        if (countdown) {
            countdown.textContent = two(Math.floor(left / 60)) + ":" + two(left % 60);
        }
        const minute = Math.ceil(left / 60);
        if (remaining && left > 30 && minute < lastAnnouncedMinute) {
            lastAnnouncedMinute = minute;
            remaining.textContent = minute === 1 ? data.textOneMinute : format(data.textMinutes, minute);
        } else if (remaining && left > 0 && left <= 30 && !announcedHalfMinute) {
            announcedHalfMinute = true;
            remaining.textContent = format(data.textSeconds, left);
        }
        if (left === 0) {
            finish("expired", data.textExpired);
        }
    }

    function poll() {
        if (submitted) {
            return;
        }
        fetch(data.statusUrl, {
            cache: "no-store",
            credentials: "same-origin",
            headers: { "Accept": "application/json" }
        }).then(function (response) {
            // A refusal may still carry the state (e.g. 410 {"state": "expired"}).
            return response.json().catch(function () { return {}; }).then(function (body) {
                if (!response.ok && !(body && body.state)) {
                    throw new Error("status " + response.status);
                }
                return body;
            });
        }).then(function (body) {
            pollFailures = 0;
            handle(body && body.state);
            schedule(pollMs);
        }).catch(function () {
            // Network trouble: keep trying, more slowly; the countdown still ends the wait.
            pollFailures += 1;
            schedule(Math.min(30000, pollMs * Math.pow(2, Math.min(pollFailures, 5))));
        });
    }

    function schedule(delay) {
        if (!submitted) {
            clearTimeout(pollTimer);
            pollTimer = setTimeout(poll, delay);
        }
    }

    function startPolling() {
        document.body.dataset.dkAppTransport = "poll";
        if (!data.statusUrl) {
            return;
        }
        poll();
    }

    function startEvents() {
        document.body.dataset.dkAppTransport = "sse";
        try {
            source = new EventSource(data.watchUrl);
        } catch (e) {
            source = null;
            startPolling();
            return;
        }
        source.addEventListener("state", function (event) {
            let body = null;
            try {
                body = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            handle(body && body.state);
        });
        source.addEventListener("error", function () {
            // Lost or refused: no automatic reconnection, polling takes over.
            if (source) {
                source.close();
                source = null;
            }
            if (!submitted) {
                startPolling();
            }
        });
    }

    // The user's own click on the continue button: stop watching, no second submission.
    form.addEventListener("submit", function () {
        submitted = true;
        stop();
    });

    setStatus(data.textWaiting, false);
    if (expiresIn > 0) {
        tickTimer = setInterval(tick, 1000);
    }
    const useEvents = transport !== "poll" && typeof window.EventSource === "function" && Boolean(data.watchUrl);
    if (useEvents) {
        startEvents();
    } else {
        startPolling();
    }
})();
