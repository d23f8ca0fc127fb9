package tr.gov.acikkapi.casecore.application;

import java.util.List;

/** A campaign's figures in all and per province, topic and type (each list in Turkish order of its names). */
public record CampaignResults(CampaignView campaign, Figures total, List<Group> byProvince, List<Group> byTopic,
                              List<Group> byType) {

    /** The figures of one group. */
    public record Group(int id, String name, Figures figures) {
    }

    /**
     * @param selected     applications selected
     * @param calls        dials placed (every try counts)
     * @param reached      citizens who picked up (scored, refused or hung up)
     * @param completed    citizens who keyed a score
     * @param refused      citizens who said no
     * @param distribution answers per score: index 0 is score 1, index 4 score 5
     */
    public record Figures(int selected, int calls, int reached, int completed, int refused, int[] distribution) {

        public Figures {
            distribution = distribution.clone();
        }

        /** Scored 4 or 5, as the service reports satisfaction. */
        public int satisfied() {
            return distribution[3] + distribution[4];
        }

        /** Satisfied ÷ completed, 0-100 with one decimal; empty-handed campaigns give 0. */
        public double satisfiedPercent() {
            return completed == 0 ? 0 : Math.round(1000.0 * satisfied() / completed) / 10.0;
        }

        /** The answers for a score 1-5. */
        public int answers(int score) {
            return distribution[score - 1];
        }

        @Override
        public int[] distribution() {
            return distribution.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Figures f && selected == f.selected && calls == f.calls && reached == f.reached
                    && completed == f.completed && refused == f.refused
                    && java.util.Arrays.equals(distribution, f.distribution);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(selected, calls, reached, completed, refused,
                    java.util.Arrays.hashCode(distribution));
        }

        @Override
        public String toString() {
            return "Figures[selected=" + selected + ", calls=" + calls + ", reached=" + reached + ", completed="
                    + completed + ", refused=" + refused + ", distribution=" + java.util.Arrays.toString(distribution)
                    + "]";
        }
    }
}
