package no.gevinst.config.web;

import jakarta.servlet.http.HttpServletRequest;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every page needs: the current path for the navigation, and the 404 page for records that do not exist. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

    private final AccessPolicy access;

    PageAdvice(AccessPolicy access) {
        this.access = access;
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

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
