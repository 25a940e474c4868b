package no.gevinst.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.security.access.AccessDeniedException;
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

    /**
     * Puts a write the access module refused on the form that sent it, for the form as a whole, and answers 403.
     * Pages offer a form only to whoever may submit it, so a refusal here means the user's rights changed after
     * the form was shown: they get the form back with what they typed, told why, instead of a bare error page.
     *
     * @param messageKey says what the user may no longer do ("Du har ikke lenger tilgang til å …")
     */
    public static void refuse(BindingResult binding, HttpServletResponse response, String messageKey) {
        binding.reject(messageKey);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * The same for a form that lists its violations itself rather than through a binding: answers 403 and
     * returns the message to show in the form's summary.
     */
    public static FieldViolation refuse(HttpServletResponse response, String messageKey) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return FieldViolation.of("", messageKey);
    }

    /**
     * Runs a page form's write and answers the redirect it gives once saved; or, when it is refused, puts the refusal
     * on the form and answers null, so the page shows the form again with what was typed: 422 with the bad fields
     * named, 409 when the record changed since it was read, 403 ({@link #refuse}) when the user's rights changed.
     */
    public static String saved(
            Supplier<String> write, BindingResult binding, HttpServletResponse response, String refusedKey) {
        return saved(write, binding, response, refusedKey, UnaryOperator.identity());
    }

    /**
     * The same for a form whose write the page checked the rights for before it: a refusal is not caught here but
     * goes on to the page advice (back to the page the form came from, told why).
     */
    public static String saved(Supplier<String> write, BindingResult binding, HttpServletResponse response) {
        return saved(write, binding, response, null, UnaryOperator.identity());
    }

    /**
     * The same with the form's own names for the fields the violations name ({@link #reject(BindingResult,
     * InvalidInputException, UnaryOperator)}); a null refusedKey lets a refusal go on to the page advice.
     */
    public static String saved(
            Supplier<String> write,
            BindingResult binding,
            HttpServletResponse response,
            String refusedKey,
            UnaryOperator<String> formField) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            reject(binding, e, formField);
            response.setStatus(422);
        } catch (VersionConflictException e) {
            binding.reject("version.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } catch (AccessDeniedException e) {
            if (refusedKey == null) {
                throw e;
            }
            refuse(binding, response, refusedKey);
        }
        return null;
    }
}
