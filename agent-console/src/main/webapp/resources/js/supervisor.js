/*
 * Supervisor views: times that keep running between two renders (longest wait, time in state). Elements with
 * data-since (epoch ms on the server's clock) show the time since then every second, amber past data-warn seconds
 * and red past data-alarm seconds. #serverNow carries the server's clock at render time, so a browser clock that is
 * off does not matter.
 */
var akTicker = (function () {
    var offset = 0;

    function format(seconds) {
        var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
        var mm = h > 0 && m < 10 ? "0" + m : String(m);
        return (h > 0 ? h + ":" : "") + mm + ":" + (s < 10 ? "0" + s : s);
    }

    function tick() {
        var now = Date.now() + offset;
        var running = document.querySelectorAll("[data-since]");
        for (var i = 0; i < running.length; i++) {
            var el = running[i], since = Number(el.getAttribute("data-since"));
            if (!since) {
                continue;
            }
            var seconds = Math.max(0, Math.floor((now - since) / 1000));
            el.textContent = format(seconds);
            var warn = Number(el.getAttribute("data-warn") || 0), alarm = Number(el.getAttribute("data-alarm") || 0);
            if (alarm > 0) {
                el.classList.toggle("ak-alarm", seconds > alarm);
                el.classList.toggle("ak-warn", seconds > warn && seconds <= alarm);
                el.classList.toggle("ak-ok", seconds <= warn);
            }
        }
    }

    function sync() {
        var clock = document.getElementById("serverNow");
        if (clock) {
            offset = Number(clock.getAttribute("data-now")) - Date.now();
        }
        tick();
    }

    setInterval(tick, 1000);
    document.addEventListener("DOMContentLoaded", sync);

    return {
        rendered: function (data) {
            if (data.status === "success") {
                sync();
                document.body.dataset.boardRenderedAt = String(Date.now());
            }
        }
    };
})();
