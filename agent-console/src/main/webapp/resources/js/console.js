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
