package tr.gov.acikkapi.casecore.domain.model.citizen;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TcKimlikNo} as its 11 digits. */
@Converter(autoApply = true)
public class TcKimlikNoConverter implements AttributeConverter<TcKimlikNo, String> {

    @Override
    public String convertToDatabaseColumn(TcKimlikNo attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public TcKimlikNo convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new TcKimlikNo(dbData);
    }
}
