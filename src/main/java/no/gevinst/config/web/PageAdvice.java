package no.gevinst.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
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

    private final AccessPolicy access;
    private final MessageSource messages;

    PageAdvice(AccessPolicy access, MessageSource messages) {
        this.access = access;
        this.messages = messages;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return access.currentUser().orElse(null);
    }

    @ModelAttribute("isAdministrator")
    boolean isAdministrator() {
        return access.isAdministrator();
    }

    /** The navigation offers the measurement upload only to those who may record measurements somewhere. */
    @ModelAttribute("mayImportMeasurements")
    boolean mayImportMeasurements() {
        return access.holdsAnyRole(Role.GEVINSTKOORDINATOR, Role.GEVINSTEIER, Role.MAALEANSVARLIG);
    }

    /** Users, their roles and the audit log are for administrators and coordinators (within their programmes). */
    @ModelAttribute("mayAdministerUsers")
    boolean mayAdministerUsers() {
        return access.holdsAnyRole(Role.GEVINSTKOORDINATOR);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * A form whose fields the edge refused (a NUL byte, an overlong text) before its controller could put the
     * violations on the form, or a write the database refused: a page that names each field, with 400.
     */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidInput(InvalidInputException e, Model model, Locale locale) {
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
    String refusedByDatabase(DataAccessException e, Model model, Locale locale, HttpServletResponse response) {
        var refusal = DatabaseRefusals.of(e);
        if (refusal.isEmpty()) {
            throw e;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return invalidInput(new InvalidInputException(List.of(refusal.get())), model, locale);
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
    String notFound() {
        return "error/404";
    }
}
