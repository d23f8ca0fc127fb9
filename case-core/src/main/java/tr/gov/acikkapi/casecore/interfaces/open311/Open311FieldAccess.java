package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.json.bind.config.PropertyVisibilityStrategy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * JSON-B reads the Open311 answers' fields, as JAXB does, and never their methods: the answer classes have private
 * fields (JAXB needs a no-argument constructor, so they cannot be records) and no getters to keep in step.
 */
public class Open311FieldAccess implements PropertyVisibilityStrategy {

    @Override
    public boolean isVisible(Field field) {
        return true;
    }

    @Override
    public boolean isVisible(Method method) {
        return false;
    }
}
