/*
 * Açık Kapı console: the push socket's state, and when a screen pop was drawn (for the latency the tests log).
 *
 * Faces' push script reconnects a socket that closed unexpectedly by itself (network loss, server restart): it calls
 * the f:websocket's onerror before each new attempt and onclose only when it gives up; onopen only on the first
 * connection. The server greets every (re)opened socket with the message "socket", so the first message after a loss
 * says the connection is back. The page then says so, and asks for what it may have missed: a page that defines
 * akOnSocketBack (a p:remoteCommand) has it called.
 */
var akSocket = {
    lostSince: 0,
    banner: function (id, shown) {
        var banner = document.getElementById(id);
        if (banner) { banner.style.display = shown ? "block" : "none"; }
    },
    opened: function () {
        akSocket.banner("socketLost", false);
        document.body.dataset.socket = "open";
    },
    lost: function (code) {
        if (!akSocket.lostSince) {
            akSocket.lostSince = Date.now();
        }
        akSocket.banner("socketBack", false);
        akSocket.banner("socketLost", true);
        document.body.dataset.socket = "reconnecting:" + code;
    },
    closed: function (code) {
        akSocket.banner("socketBack", false);
        akSocket.banner("socketLost", true);
        document.body.dataset.socket = "closed:" + code;
    },
    message: function (message) {
        if (message === "pop") {
            akPop.changed();
        }
        if (!akSocket.lostSince) {
            return;
        }
        akSocket.lostSince = 0;
        akSocket.banner("socketLost", false);
        akSocket.banner("socketBack", true);
        document.body.dataset.socket = "open";
        window.setTimeout(function () {
            if (!akSocket.lostSince) { akSocket.banner("socketBack", false); }
        }, 8000);
        if (typeof window.akOnSocketBack === "function") {
            window.akOnSocketBack();
        }
    }
};
/*
 * The screen pop: a "pop" push makes the page read its pop again (akPopRefresh, a p:remoteCommand that draws only the
 * pop panel). One such request at a time: pushes that arrive meanwhile (a call rings, is answered and ends within a
 * request's time when the server is busy) are answered by one more request once it is done, not one each.
 */
var akPop = {
    busy: false,
    again: false,
    changed: function () {
        if (akPop.busy) {
            akPop.again = true;
            return;
        }
        akPop.busy = true;
        window.akPopRefresh();
    },
    done: function (status) {
        if (status === "success") {
            document.body.dataset.popRenderedAt = String(Date.now());
        }
        if (akPop.again) {
            akPop.again = false;
            window.akPopRefresh();
        } else {
            akPop.busy = false;
        }
    }
};
/* The "database unreachable" banner: asks /health/database every few seconds and shows or hides it. */
var akDb = {
    intervalMs: 5000,
    check: function () {
        var banner = document.getElementById("dbDown");
        if (!banner || !window.fetch) { return; }
        fetch(banner.dataset.statusUrl, {cache: "no-store", credentials: "same-origin"})
            .then(function (response) { return response.json(); })
            .then(function (state) {
                var down = state.status !== "UP";
                banner.style.display = down ? "block" : "none";
                document.body.dataset.database = down ? "down" : "up";
                var pending = document.getElementById("dbPending");
                if (pending) { pending.textContent = String(state.pending); }
            })
            .catch(function () { /* the server itself is unreachable: the socket banner says so */ });
    },
    start: function () {
        akDb.check();
        window.setInterval(akDb.check, akDb.intervalMs);
    }
};
document.addEventListener("DOMContentLoaded", akDb.start);
