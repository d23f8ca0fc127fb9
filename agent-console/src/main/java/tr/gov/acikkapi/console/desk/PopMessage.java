package tr.gov.acikkapi.console.desk;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.console.i18n.DomainTexts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The screen pop as the desk page receives it: one JSON object that the page draws by itself (console.js, akPop),
 * pushed over the desk's WebSocket whenever the agent's pop changes ({@link #tree}), embedded in the page when it
 * loads and served by {@link PopEndpoint} ({@link #of}). A pop thus costs the server no page request: before, each
 * push made the page send a Faces request that restored the whole desk view to draw the pop again, and at 50 calls a
 * second those requests were what the server spent its time on (docs/src/performance.md).
 *
 * <pre>{@code
 * {"epoch":…,"seq":…,"greeting":false,
 *  "call":{"linkedid":"…","state":"RINGING|CONNECTED|ENDED","caller":"0532…","phone":"+90532…","queue":"…",
 *          "citizens":[{"id":7,"name":"…","tc":"123******90","province":"…","escort":["veteran"],
 *                       "applications":[{"tracking":"…","type":"…","status":"IN_PROGRESS",
 *                                        "deadline":"05.12.2026 18:26","overdue":false}]}]}}
 * }</pre>
 * {@code call} is null when the agent has no call. {@code wrapUps} lists the ended calls whose wrap-up is still to be
 * done while another call is the current one (it rang during the wrap-up), oldest first, each as
 * {@code {"linkedid":"…","caller":"0532…","queue":"…"}}: the page keeps the wrap-up form for the first of them.
 *  The message holds codes, not words (state, status, escort
 * needs): the page labels them from {@link #texts(Locale)} in its own language, since one push reaches all of the
 * user's pages. The TC Kimlik No is always masked; revealing it is a separate, audited request. Names and other
 * texts are data: the page sets them as text, never as markup.
 *
 * <p>{@code epoch} (when the server started) and {@code seq} (rising with every message) let a page ignore a message
 * older than the one it drew, whichever thread sent which first.
 */
public final class PopMessage {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String BUNDLE = "tr.gov.acikkapi.console.i18n.messages";
    /** The texts the page needs to draw a pop: exact keys and key prefixes of the console's bundle. */
    private static final List<String> TEXT_KEYS = List.of("desk.noCall", "desk.queue", "desk.unknownCaller",
            "wrapup.earlierCall",
            "desk.sharedNumber", "desk.noOpenApplications", "desk.overdue", "desk.revealTc", "desk.revealTc.hint",
            "application.trackingNumber", "application.type", "application.status", "application.deadline");
    private static final List<String> TEXT_PREFIXES = List.of("desk.state.", "escort.");

    /**
     * Made once: {@code Json.createObjectBuilder()} and its siblings look the provider up through the service loader
     * on every call (jakartaee/jsonp-api#154), a search through the deployment's jars for every builder of every pop;
     * a flight recording under load found the pop threads doing mostly that (docs/src/performance.md).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private PopMessage() {
    }

    /** The message for an agent whose pop is {@code pop} (empty: no call), stamped {@code epoch}/{@code seq}. */
    public static String of(Optional<Pop> pop, long epoch, long seq, boolean greeting, Instant now) {
        return of(pop, List.of(), epoch, seq, greeting, now);
    }

    /** The same, with the ended calls still awaiting their wrap-up beside the current one, oldest first. */
    public static String of(Optional<Pop> pop, List<Pop> awaitingWrapUp, long epoch, long seq, boolean greeting,
            Instant now) {
        return JSON.createObjectBuilder(tree(pop, awaitingWrapUp, epoch, seq, greeting, now)).build().toString();
    }

    /**
     * The same message as plain maps, lists, strings, numbers and booleans, for the push: Faces' push writes such a
     * tree as JSON itself, in one pass. Given the JSON text instead, it writes it as one JSON string, escaping every
     * character of it again (8 % of WildFly's execution samples in a recording at 50 calls a second), and the page has
     * to parse it twice.
     */
    public static Map<String, Object> tree(Optional<Pop> pop, long epoch, long seq, boolean greeting, Instant now) {
        return tree(pop, List.of(), epoch, seq, greeting, now);
    }

    /** The same tree, with the ended calls still awaiting their wrap-up beside the current one ({@code wrapUps}). */
    public static Map<String, Object> tree(Optional<Pop> pop, List<Pop> awaitingWrapUp, long epoch, long seq,
            boolean greeting, Instant now) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("epoch", epoch);
        message.put("seq", seq);
        message.put("greeting", greeting);
        message.put("call", pop.map(p -> call(p, now)).orElse(null));
        List<Object> wrapUps = new ArrayList<>();
        for (Pop ended : awaitingWrapUp) {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("linkedid", ended.linkedid());
            call.put("caller", ended.callerNumber() == null ? "" : ended.callerNumber());
            call.put("queue", ended.queue() == null ? "" : ended.queue());
            wrapUps.add(call);
        }
        message.put("wrapUps", wrapUps);
        return message;
    }

    private static Map<String, Object> call(Pop pop, Instant now) {
        List<Object> citizens = new ArrayList<>();
        for (CitizenOverview c : pop.citizens()) {
            citizens.add(citizen(c, now));
        }
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("linkedid", pop.linkedid());
        call.put("state", pop.state().name());
        call.put("caller", pop.callerNumber() == null ? "" : pop.callerNumber());
        call.put("phone", pop.phoneE164().orElse(""));
        call.put("queue", pop.queue() == null ? "" : pop.queue());
        call.put("citizens", citizens);
        return call;
    }

    private static Map<String, Object> citizen(CitizenOverview overview, Instant now) {
        CitizenSummary c = overview.citizen();
        List<Object> applications = new ArrayList<>();
        for (ApplicationSummary a : overview.openApplications()) {
            Map<String, Object> application = new LinkedHashMap<>();
            application.put("tracking", a.trackingNumber().value());
            application.put("type", a.applicationTypeName());
            application.put("status", a.status().name());
            application.put("deadline", deadlineText(a.deadlineAt()));
            application.put("overdue", a.overdueAt(now));
            applications.add(application);
        }
        Map<String, Object> citizen = new LinkedHashMap<>();
        citizen.put("id", c.id());
        citizen.put("name", c.name().full());
        citizen.put("tc", c.tcKimlikNo().masked());
        citizen.put("province", c.provinceName());
        citizen.put("escort", List.copyOf(DomainTexts.escortKeys(c.escortNeeds())));
        citizen.put("applications", applications);
        return citizen;
    }

    /** A deadline as agents read it, on the pop and in the desk's search: Istanbul time, "05.12.2026 18:26". */
    static String deadlineText(Instant deadline) {
        return DEADLINE.format(deadline.atZone(ISTANBUL));
    }

    /** The words the page labels a pop with, in {@code locale}'s language: key → text. */
    public static String texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        JsonObjectBuilder texts = JSON.createObjectBuilder();
        for (String key : bundle.keySet()) {
            if (TEXT_KEYS.contains(key) || TEXT_PREFIXES.stream().anyMatch(key::startsWith)) {
                texts.add(key, bundle.getString(key));
            }
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            texts.add("status." + status.name(), bundle.getString("status." + status.name()));
        }
        return texts.build().toString();
    }
}
