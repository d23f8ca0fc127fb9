package tr.gov.acikkapi.casecore.application;

import java.util.List;

/**
 * The choices a form offers: catalogue topics, the application types of a topic, provinces. Active entries only,
 * sorted as a Turkish reader expects (by the database's Turkish collation).
 */
public interface ReferenceData {

    List<Choice> topics();

    List<Choice> typesOf(int topicId);

    List<Choice> provinces();

    /** One entry of a choice list: its id and its Turkish name. */
    record Choice(int id, String name) {
    }
}
