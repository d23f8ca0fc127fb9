package tr.gov.acikkapi.casecore.testsupport;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Tells Hibernate, outside the container, that no JSON mapping is used: the JSON-B API is on the test
 * class path (from the Jakarta EE API jar) but no implementation is, and the entities map no JSON.
 */
public final class NoJsonFormatMapper implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException("The case-core entities map no JSON columns");
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException("The case-core entities map no JSON columns");
    }
}
