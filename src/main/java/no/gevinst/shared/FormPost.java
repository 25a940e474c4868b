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
 * (flashed as {@code saved}, or under the name the page reads it by); refused, the form is shown again with what was
 * typed and why, as {@link FormErrors#saved} puts it (422 each bad field named, 409 stale, 403 when the rights
 * changed).
 *
 * @param binding the form's binding, where a refusal is put
 * @param redirect the flash that carries what was saved
 * @param response where a refusal's status is set
 * @param flash the name the next page reads what was saved by
 * @param formField the form's own name for a field a violation names; null puts the violation on the whole form
 */
public record FormPost(
        BindingResult binding,
        RedirectAttributes redirect,
        HttpServletResponse response,
        String flash,
        UnaryOperator<String> formField) {

    public FormPost(BindingResult binding, RedirectAttributes redirect, HttpServletResponse response) {
        this(binding, redirect, response, "saved", UnaryOperator.identity());
    }

    /** The same post, for a page that reads what was saved by another name than {@code saved}. */
    public FormPost flashedAs(String name) {
        return new FormPost(binding, redirect, response, name, formField);
    }

    /** The same post, for a form whose fields are not all named as the violations name them. */
    public FormPost fields(UnaryOperator<String> names) {
        return new FormPost(binding, redirect, response, flash, names);
    }

    /**
     * @param told what the next page is told of the saved record (most often its name)
     * @param location the path of the page the user goes to once saved
     * @param refusedKey says what the user may no longer do, when the rights changed; null lets a refusal go on to
     *     the page advice
     * @param refused the form's page again, for a refused write
     */
    public <T> String save(
            Supplier<T> write,
            Function<T, ?> told,
            Function<T, String> location,
            @Nullable String refusedKey,
            Supplier<String> refused) {
        String saved = FormErrors.saved(
                () -> {
                    T record = write.get();
                    redirect.addFlashAttribute(flash, told.apply(record));
                    return "redirect:" + location.apply(record);
                },
                binding,
                response,
                refusedKey,
                formField);
        return saved != null ? saved : refused.get();
    }

    /**
     * The same for a write that gives nothing back: the next page is told the same whatever was saved, and the
     * user goes to a place known before the write.
     */
    public String save(
            Runnable write, Object told, String location, @Nullable String refusedKey, Supplier<String> refused) {
        return save(
                () -> {
                    write.run();
                    return told;
                },
                saved -> saved,
                saved -> location,
                refusedKey,
                refused);
    }
}
