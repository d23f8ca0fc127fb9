/* Açık Kapı console: the push socket's state, and when a screen pop was drawn (for the latency the tests log). */
var akSocket = {
    opened: function () {
        var banner = document.getElementById("socketLost");
        if (banner) { banner.style.display = "none"; }
        document.body.dataset.socket = "open";
    },
    closed: function (code) {
        var banner = document.getElementById("socketLost");
        if (banner) { banner.style.display = "block"; }
        document.body.dataset.socket = "closed:" + code;
    }
};
var akPop = {
    rendered: function (data) {
        if (data.status === "success") {
            document.body.dataset.popRenderedAt = String(Date.now());
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
