package tr.gov.acikkapi.console.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (PrimeFaces 15 takes the configuration as JSON): bar
 * charts (vertical or horizontal, one or more series) and doughnuts, in the console's colours.
 */
final class ChartJson {

    /** Console red first, then colours that stay apart for colour-blind readers. */
    private static final List<String> COLOURS = List.of("#b71c1c", "#0b5394", "#e69f00", "#009e73", "#6a3d9a", "#56b4e9",
            "#cc79a7", "#999999");

    /** One series of numbers. */
    record Series(String label, List<Long> values) {
    }

    private ChartJson() {
    }

    /** A bar chart; {@code horizontal} puts the labels on the vertical axis (long names). */
    static String bar(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.get(i).label())
                    .add("data", numbers(series.get(i).values()))
                    .add("backgroundColor", COLOURS.get(i % COLOURS.size())));
        }
        JsonObjectBuilder options = baseOptions(series.size() > 1);
        if (horizontal) {
            options.add("indexAxis", "y");
            options.add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                    .add("ticks", Json.createObjectBuilder().add("autoSkip", false))));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    /** A doughnut of parts of a whole. */
    static String doughnut(List<String> labels, List<Long> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", numbers(values)).add("backgroundColor", colours))))
                .add("options", baseOptions(true))
                .build().toString();
    }

    private static JsonObjectBuilder baseOptions(boolean legend) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", legend).add("position", "bottom")));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
