package no.gevinst.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page form's post as most pages save it: saved, the user goes to where the record is shown, told what was saved
 * (its name flashed as {@code saved}); refused, the form is shown again with what was typed and why, as
 * {@link FormErrors#saved} puts it (422 each bad field named, 409 stale, 403 when the rights changed).
 *
 * @param binding the form's binding, where a refusal is put
 * @param redirect the flash that carries what was saved
 * @param response where a refusal's status is set
 */
public record FormPost(BindingResult binding, RedirectAttributes redirect, HttpServletResponse response) {

    /**
     * @param name what the saved record is called in the message on the next page
     * @param location the path of the page the user goes to once saved
     * @param refusedKey says what the user may no longer do, when the rights changed; null lets a refusal go on to
     *     the page advice
     * @param refused the form's page again, for a refused write
     */
    public <T> String save(
            Supplier<T> write,
            Function<T, String> name,
            Function<T, String> location,
            @Nullable String refusedKey,
            Supplier<String> refused) {
        String saved = FormErrors.saved(
                () -> {
                    T record = write.get();
                    redirect.addFlashAttribute("saved", name.apply(record));
                    return "redirect:" + location.apply(record);
                },
                binding,
                response,
                refusedKey,
                UnaryOperator.identity());
        return saved != null ? saved : refused.get();
    }
}
