package tr.gov.acikkapi.casecore.domain.model.application;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TrackingNumber} as its ten digits. */
@Converter(autoApply = true)
public class TrackingNumberConverter implements AttributeConverter<TrackingNumber, String> {

    @Override
    public String convertToDatabaseColumn(TrackingNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public TrackingNumber convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new TrackingNumber(dbData);
    }
}
