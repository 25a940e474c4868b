package no.gevinst.shared;

import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;

/** Puts the violations of a refused write on the form that sent it, each at its own field. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult binding, InvalidInputException e) {
        reject(binding, e, UnaryOperator.identity());
    }

    /**
     * @param formField maps the field a violation names to the form's field for it; a violation of a field the
     *     form does not have (mapped to null) is shown for the form as a whole
     */
    public static void reject(BindingResult binding, InvalidInputException e, UnaryOperator<String> formField) {
        for (FieldViolation v : e.violations()) {
            String field = formField.apply(v.field());
            if (field == null) {
                binding.reject(v.messageKey(), v.arguments().toArray(), null);
            } else {
                binding.rejectValue(field, v.messageKey(), v.arguments().toArray(), null);
            }
        }
    }
}
