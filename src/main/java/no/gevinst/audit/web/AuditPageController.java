package no.gevinst.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import no.gevinst.audit.AuditPage;
import no.gevinst.audit.AuditQuery;
import no.gevinst.audit.AuditReadership;
import no.gevinst.audit.AuditSearch;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit log page (endringslogg): the entries the user may read, filtered, newest first, each with the record's
 * state before and after side by side; and their CSV export.
 */
@Controller
class AuditPageController {

    private final AuditSearch search;

    AuditPageController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit")
    String page(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        AuditReadership readership = readable();
        model.addAttribute("programmes", readership.programmes());
        model.addAttribute(
                "programmeNames", String.join(", ", readership.programmes().values()));
        model.addAttribute("entityTypes", search.entityTypes());
        AuditQuery query;
        try {
            query = filter.toQuery();
        } catch (InvalidInputException e) {
            // The form is shown again with each refused filter named, and nothing of the log.
            FormErrors.reject(binding, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "audit/log";
        }
        AuditPage page = search.search(query, "page");
        model.addAttribute("page", page);
        model.addAttribute("links", new AuditLinks(query));
        return "audit/log";
    }

    @GetMapping("/audit.csv")
    void csv(@ModelAttribute AuditFilter filter, HttpServletResponse response) throws IOException {
        readable();
        AuditQuery query = filter.toQuery();
        Attachments.start(response, Attachments.CSV_VALUE, "endringslogg-" + NorwegianTime.today() + ".csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        search.exportCsv(query, writer);
        writer.flush();
    }

    /** Refused before the filters are judged, so that a refusal says nothing about them. */
    private AuditReadership readable() {
        AuditReadership readership = search.readership();
        if (!readership.mayRead()) {
            throw new AccessDeniedException("Reading the audit log requires administrator or coordinator");
        }
        return readership;
    }
}
