/*
 * Açık Kapı console: the push socket's state, and the desk's screen pop.
 *
 * Faces' push script reconnects a socket that closed unexpectedly by itself (network loss, server restart): it calls
 * the f:websocket's onerror before each new attempt and onclose only when it gives up; onopen only on the first
 * connection. The server greets every (re)opened desk socket with the agent's pop, so the first message after a loss
 * says the connection is back and brings what changed meanwhile.
 *
 * When the page's server stopped and a load balancer sends the reconnecting socket to another node of the cluster,
 * that node has no session for the page (sessions are not shared between nodes yet): the socket's handshake is sent to
 * the sign-in and fails like a lost network, and a node with a session that does not know the channel closes it with
 * 1008, after which Faces' script gives up at once. So while reconnecting, the page asks the server for the agent's
 * pop (one request at a time): sent to the sign-in instead, it reloads, which shows the sign-in and then the desk with the agent's current call
 * (every node keeps it); and after a 1008 it reloads too.
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
            document.body.dataset.socketLosses = String(Number(document.body.dataset.socketLosses || "0") + 1);
        }
        akSocket.banner("socketBack", false);
        akSocket.banner("socketLost", true);
        document.body.dataset.socket = "reconnecting:" + code;
        akSocket.probeSession();
    },
    closed: function (code) {
        akSocket.banner("socketBack", false);
        akSocket.banner("socketLost", true);
        document.body.dataset.socket = "closed:" + code;
        if (code === 1008) {
            window.location.reload();
        }
    },
    probing: false,
    probeSession: function () {
        if (akSocket.probing || typeof fetch !== "function") { return; }
        akSocket.probing = true;
        // The agent's pop (PopEndpoint), for any signed-in user: a cheap request that builds no view. The pages with a
        // socket (desk, wallboard, deadlines) are one folder below the context root.
        fetch(new URL("../agent/pop", window.location.href), {credentials: "same-origin", cache: "no-store"}).then(function (response) {
            if (response.redirected && response.url.indexOf("login.xhtml") >= 0) {
                window.location.reload();
            }
        }).catch(function () {
            return null;
        }).then(function () {
            akSocket.probing = false;
        });
    },
    message: function (message) {
        var pop = typeof message === "string" && message.charAt(0) === "{" ? JSON.parse(message) : message;
        if (pop && typeof pop.seq === "number") {
            akPop.receive(pop);
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
    }
};
/*
 * The screen pop, drawn here from the pop message (PopMessage on the server): pushed over the desk socket at every
 * change, embedded in the page (#pop's data-pop) when it loads. Drawing it needs no request. A message older than the
 * one drawn (epoch and seq) is ignored. Names and numbers are set as text, never as markup.
 *
 * The wrap-up form names the call it is for (input .ak-wrapup-ref): the current call once it has ended, else an ended
 * call that the next one did not take off the desk (the message's wrapUps, oldest first).
 *
 * The page's other forms name the call shown (inputs .ak-call-ref, akLinkedid) and the citizen the agent chose
 * (#chosenCitizen, akCitizen): one citizen on the number is chosen by itself, several are offered to choose from; a
 * caller with no citizen gets the new-citizen fields with the number filled in. The reveal of a full TC Kimlik No is
 * a request (akReveal), audited on the server; it is shown until the next call or a reload.
 */
var akPop = {
    started: false,
    texts: {},
    mayReveal: false,
    stamp: {epoch: 0, seq: -1},
    call: null,
    wrapUps: [],
    chosen: null,
    pendingChoice: null,
    prefill: null,
    revealed: {},
    start: function () {
        var root = document.getElementById("pop");
        if (!root || akPop.started) { return; }
        akPop.started = true;
        akPop.texts = JSON.parse(root.dataset.texts || "{}");
        akPop.mayReveal = root.dataset.reveal === "true";
        akPop.receive(JSON.parse(root.dataset.pop || "{\"epoch\":0,\"seq\":-1,\"call\":null}"));
        akPop.draw();
        if (window.jQuery) {
            jQuery(document).on("pfAjaxComplete", akPop.apply);
        }
    },
    text: function (key) {
        return Object.prototype.hasOwnProperty.call(akPop.texts, key) ? akPop.texts[key] : key;
    },
    receive: function (message) {
        if (message.epoch === akPop.stamp.epoch && message.seq < akPop.stamp.seq) {
            return;
        }
        akPop.stamp = {epoch: message.epoch, seq: message.seq};
        var call = message.call;
        var newCall = call && (!akPop.call || akPop.call.linkedid !== call.linkedid);
        if (!call || newCall) {
            akPop.revealed = {};
            akPop.chosen = null;
            akPop.pendingChoice = null;
        }
        if (newCall && call.citizens.length === 1) {
            akPop.chosen = call.citizens[0].id;
        }
        if (newCall && call.citizens.length === 0) {
            akPop.prefill = call.phone || call.caller;
        }
        if (call && akPop.pendingChoice !== null && akPop.citizen(call, akPop.pendingChoice)) {
            akPop.chosen = akPop.pendingChoice;
            akPop.pendingChoice = null;
        }
        akPop.call = call;
        akPop.wrapUps = message.wrapUps || [];
        if (document.getElementById("popView")) {
            akPop.draw();
            document.body.dataset.popRenderedAt = String(Date.now());
        }
    },
    citizen: function (call, id) {
        for (var i = 0; call && i < call.citizens.length; i++) {
            if (call.citizens[i].id === id) { return call.citizens[i]; }
        }
        return null;
    },
    element: function (tag, attributes, text) {
        var e = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            if (name === "className") { e.className = attributes[name]; } else { e.setAttribute(name, attributes[name]); }
        });
        if (text !== undefined && text !== null) { e.textContent = text; }
        return e;
    },
    draw: function () {
        var view = document.getElementById("popView");
        if (!view) { return; }
        var el = akPop.element, t = akPop.text, call = akPop.call;
        view.textContent = "";
        if (!call) {
            view.appendChild(el("div", {id: "idle", className: "ak-idle"}, t("desk.noCall")));
            akPop.apply();
            return;
        }
        var box = el("div", {id: "call", className: "ak-call ak-call-" + call.state});
        var head = el("div", {className: "ak-call-head"});
        head.appendChild(el("span", {id: "callState", className: "ak-call-state"}, t("desk.state." + call.state)));
        head.appendChild(document.createTextNode(" "));
        head.appendChild(el("span", {id: "callerNumber", className: "ak-caller"}, call.caller));
        head.appendChild(document.createTextNode(" "));
        head.appendChild(el("span", {className: "ak-queue"}, t("desk.queue") + ": " + call.queue));
        box.appendChild(head);
        if (call.citizens.length === 0) {
            box.appendChild(el("div", {id: "unknownCaller", className: "ak-note"}, t("desk.unknownCaller")));
        }
        if (call.citizens.length > 1) {
            var chooser = el("div", {id: "chooser"});
            chooser.appendChild(el("p", {className: "ak-note"}, t("desk.sharedNumber")));
            call.citizens.forEach(function (c, i) {
                var button = el("button", {type: "button", id: "chooser:" + i, "data-citizen": String(c.id),
                    className: "ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only ui-button-outlined ak-choice"});
                button.appendChild(el("span", {className: "ui-button-text ui-c"}, c.name));
                button.addEventListener("click", function () { akPop.choose(c.id); });
                chooser.appendChild(button);
            });
            box.appendChild(chooser);
        }
        var cards = el("div", {id: "citizens"});
        call.citizens.forEach(function (c, i) {
            cards.appendChild(akPop.card(call, c, i));
        });
        box.appendChild(cards);
        view.appendChild(box);
        akPop.apply();
    },
    card: function (call, c, i) {
        var el = akPop.element, t = akPop.text;
        var card = el("div", {className: "ak-citizen" + (akPop.chosen === c.id ? " ak-selected" : ""),
            "data-citizen": String(c.id)});
        var name = el("div", {className: "ak-citizen-name"});
        name.appendChild(el("span", {className: "ak-name"}, c.name));
        name.appendChild(document.createTextNode(" · "));
        var revealed = akPop.revealed[c.id];
        name.appendChild(el("span", {id: "citizens:" + i + ":tc", className: "ak-tc"}, revealed || c.tc));
        if (akPop.mayReveal && call.state !== "RINGING" && !revealed) {
            var link = el("a", {id: "citizens:" + i + ":revealTc", href: "#", className: "ak-reveal",
                title: t("desk.revealTc.hint")}, t("desk.revealTc"));
            link.addEventListener("click", function (event) {
                event.preventDefault();
                akPop.reveal(c.id);
            });
            name.appendChild(document.createTextNode(" "));
            name.appendChild(link);
        }
        name.appendChild(document.createTextNode(" · " + c.province));
        card.appendChild(name);
        var escort = el("div", {className: "ak-escort"});
        c.escort.forEach(function (need) {
            escort.appendChild(el("span", {className: "ak-flag"}, t("escort." + need)));
        });
        card.appendChild(escort);
        var table = el("table", {className: "ak-apps ak-table"});
        var headRow = el("tr");
        ["application.trackingNumber", "application.type", "application.status", "application.deadline"].forEach(function (key) {
            headRow.appendChild(el("th", {}, t(key)));
        });
        table.appendChild(el("thead")).appendChild(headRow);
        var body = table.appendChild(el("tbody"));
        c.applications.forEach(function (a) {
            var row = el("tr", {className: a.overdue ? "ak-overdue" : ""});
            row.appendChild(el("td")).appendChild(el("span", {className: "ak-tracking"}, a.tracking));
            row.appendChild(el("td", {}, a.type));
            row.appendChild(el("td", {}, t("status." + a.status)));
            var deadline = row.appendChild(el("td", {}, a.deadline));
            if (a.overdue) {
                deadline.appendChild(el("span", {className: "ak-overdue-mark"}, " " + t("desk.overdue")));
            }
            body.appendChild(row);
        });
        if (c.applications.length === 0) {
            body.appendChild(el("tr")).appendChild(el("td", {colspan: "4"}, t("desk.noOpenApplications")));
        }
        card.appendChild(table);
        return card;
    },
    /* What the page's forms show and send for the pop drawn: again after every ajax update, which redraws them. */
    apply: function () {
        var call = akPop.call;
        var chosen = akPop.citizen(call, akPop.chosen);
        var ended = call && call.state === "ENDED" ? call : null;
        var earlier = !ended && akPop.wrapUps.length > 0 ? akPop.wrapUps[0] : null;
        var wrapUpOf = ended || earlier;
        var wrapUp = document.getElementById("wrapup");
        if (wrapUp) {
            wrapUp.style.display = wrapUpOf ? "" : "none";
            wrapUp.dataset.call = wrapUpOf ? wrapUpOf.linkedid : "";
        }
        var earlierNote = document.getElementById("wrapupEarlier");
        if (earlierNote) { earlierNote.style.display = earlier ? "" : "none"; }
        var earlierCaller = document.getElementById("wrapupCaller");
        if (earlierCaller) { earlierCaller.textContent = earlier ? earlier.caller : ""; }
        document.querySelectorAll("input.ak-wrapup-ref").forEach(function (input) {
            input.value = wrapUpOf ? wrapUpOf.linkedid : "";
        });
        document.querySelectorAll("input.ak-call-ref").forEach(function (input) {
            input.value = call ? call.linkedid : "";
        });
        var hidden = document.getElementById("chosenCitizen");
        if (hidden) { hidden.value = chosen ? String(chosen.id) : ""; }
        var note = document.getElementById("forCitizenNote");
        if (note) { note.style.display = chosen ? "" : "none"; }
        var name = document.getElementById("forCitizen");
        if (name) { name.textContent = chosen ? chosen.name : ""; }
        var fields = document.getElementById("intake:newCitizen");
        if (fields) { fields.style.display = chosen ? "none" : ""; }
        if (akPop.prefill !== null && document.getElementById("intake:phone")) {
            ["intake:tc", "intake:firstName", "intake:lastName"].forEach(function (id) {
                document.getElementById(id).value = "";
            });
            document.getElementById("intake:phone").value = akPop.prefill;
            akPop.prefill = null;
        }
    },
    choose: function (id) {
        akPop.chosen = id;
        akPop.draw();
    },
    reveal: function (id) {
        if (akPop.call && typeof window.akReveal === "function") {
            window.akReveal([{name: "akCitizen", value: String(id)}, {name: "akLinkedid", value: akPop.call.linkedid}]);
        }
    },
    onRevealed: function (args) {
        if (args && args.tc && akPop.citizen(akPop.call, args.citizen)) {
            akPop.revealed[args.citizen] = args.tc;
            akPop.draw();
        }
    },
    /* A registration during the call: its citizen (a caller just registered as new, too) becomes the applicant. */
    registered: function (args) {
        if (!args || typeof args.citizen !== "number") { return; }
        if (akPop.citizen(akPop.call, args.citizen)) {
            akPop.chosen = args.citizen;
            akPop.draw();
        } else {
            akPop.pendingChoice = args.citizen;
        }
    }
};
document.addEventListener("DOMContentLoaded", akPop.start);
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
