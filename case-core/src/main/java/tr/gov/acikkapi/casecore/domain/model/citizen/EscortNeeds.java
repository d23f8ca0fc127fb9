package tr.gov.acikkapi.casecore.domain.model.citizen;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a citizen is escorted (mihmandarlık) and served first: martyr's relative (şehit yakını),
 * veteran (gazi), disabled (engelli), elderly (yaşlı), sick (hasta). The call center shows these
 * at once when such a citizen calls.
 */
public record EscortNeeds(boolean martyrRelative, boolean veteran, boolean disabled, boolean elderly, boolean sick) {

    /** No escort need. */
    public static EscortNeeds none() {
        return new EscortNeeds(false, false, false, false, false);
    }

    /** Whether the citizen is to be given priority and escorted. */
    public boolean any() {
        return martyrRelative || veteran || disabled || elderly || sick;
    }

    /** The Turkish names of the needs that apply, in a fixed order, for badges on screens. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(5);
        if (martyrRelative) {
            labels.add("Şehit yakını");
        }
        if (veteran) {
            labels.add("Gazi");
        }
        if (disabled) {
            labels.add("Engelli");
        }
        if (elderly) {
            labels.add("Yaşlı");
        }
        if (sick) {
            labels.add("Hasta");
        }
        return List.copyOf(labels);
    }
}
