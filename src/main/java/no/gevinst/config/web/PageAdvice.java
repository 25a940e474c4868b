package no.gevinst.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every page needs: the current path for the navigation, and the 404 page for records that do not exist. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

    private final PageModel pageModel;
    private final MessageSource messages;

    PageAdvice(PageModel pageModel, MessageSource messages) {
        this.pageModel = pageModel;
        this.messages = messages;
    }

    /** The layout's navigation and the path of the page, for every page (see {@link PageModel}). */
    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        model.addAllAttributes(pageModel.attributes(request));
    }

    /**
     * A form whose fields the edge refused (a NUL byte, an overlong text) before its controller could put the
     * violations on the form, or a write the database refused: a page that names each field, with 400.
     */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidInput(InvalidInputException e, Model model, Locale locale, HttpServletRequest request) {
        // An exception handler gets a model of its own, without the @ModelAttribute methods' attributes.
        layout(model, request);
        model.addAttribute(
                "violations",
                e.violations().stream()
                        .map(v -> new ShownViolation(
                                v.field(),
                                messages.getMessage(
                                        v.messageKey(), v.arguments().toArray(), locale)))
                        .toList());
        return "error/400";
    }

    @ExceptionHandler(DataAccessException.class)
    String refusedByDatabase(
            DataAccessException e,
            Model model,
            Locale locale,
            HttpServletResponse response,
            HttpServletRequest request) {
        var refusal = DatabaseRefusals.of(e);
        if (refusal.isEmpty()) {
            throw e;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return invalidInput(new InvalidInputException(List.of(refusal.get())), model, locale, request);
    }

    /** A violation as the page shows it: the field and the explanation in the reader's language. */
    record ShownViolation(String field, String message) {}

    /**
     * A form posted from a page and refused by the access module: the user's rights changed after the page offered
     * the form (pages offer only what the user may do). They go back to the page they came from, told why, with
     * what they typed shown and filled in again where the form is still there, instead of a bare refusal. The API,
     * htmx requests and posts without a page of Gevinst's to return to keep the plain 403.
     */
    @ExceptionHandler(AccessDeniedException.class)
    String refusedAfterAll(AccessDeniedException e, HttpServletRequest request) throws AccessDeniedException {
        var back = RefusedWrite.returnAddress(request);
        if (!"POST".equals(request.getMethod())
                || request.getRequestURI().startsWith("/api/")
                || request.getHeader("HX-Request") != null
                || back.isEmpty()) {
            throw e;
        }
        // Put on the output flash map directly: an exception handler's RedirectAttributes are not carried over.
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
                .put("refusedWrite", RefusedWrite.of(request));
        return "redirect:" + back.get();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request) {
        layout(model, request);
        return "error/404";
    }
}
