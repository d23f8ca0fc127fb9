package tr.gov.acikkapi.casecore.domain.model.survey;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A set of ids (plate codes, topic or type ids) as a comma list in one column; the empty set is the empty text. */
@Converter
public class IdListConverter implements AttributeConverter<Set<Integer>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Integer> ids) {
        return ids == null ? "" : new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public Set<Integer> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
