package tr.gov.acikkapi.casecore.interfaces.open311;

import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Open311's two statuses over the application lifecycle: {@code open} while an answer is awaited (received,
 * routed, in progress, escalated), {@code closed} once concluded (positively, negatively, or redirected with
 * alternatives). The detailed status goes into {@code status_notes}.
 */
public enum Open311Status {
    OPEN("open"),
    CLOSED("closed");

    private final String value;

    Open311Status(String value) {
        this.value = value;
    }

    /** The value as Open311 writes it. */
    public String value() {
        return value;
    }

    /** The Open311 status of an application status. */
    public static Open311Status of(ApplicationStatus status) {
        return status.isConcluded() ? CLOSED : OPEN;
    }

    /** The application statuses this Open311 status stands for. */
    public Set<ApplicationStatus> applicationStatuses() {
        return this == CLOSED ? ApplicationStatus.concluded() : ApplicationStatus.open();
    }

    /**
     * The application statuses a {@code status} filter asks for: empty (no restriction) when the filter is
     * absent or names both; {@code open}, {@code closed} or both comma-separated, any case. Anything else is 400.
     */
    public static Set<ApplicationStatus> filter(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return EnumSet.noneOf(ApplicationStatus.class);
        }
        Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
        for (String item : parameter.split(",")) {
            String name = item.strip().toLowerCase(Locale.ROOT);
            Open311Status status = switch (name) {
                case "open" -> OPEN;
                case "closed" -> CLOSED;
                default -> throw ApiProblem.badRequest("INVALID_VALUE",
                        "status yalnızca open veya closed olabilir (virgülle ikisi birden de verilebilir); girilen: " + item.strip(),
                        "status");
            };
            statuses.addAll(status.applicationStatuses());
        }
        return statuses.size() == ApplicationStatus.values().length ? EnumSet.noneOf(ApplicationStatus.class) : statuses;
    }
}
