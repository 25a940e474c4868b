package no.gevinst.report.web;

import java.util.List;
import java.util.function.Supplier;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's documents are asked for from its form: a date that cannot be read, a reversed span or a programme
 * that is not there sends the reader back to that form with the reason beside the field and what they typed, rather
 * than to an error page that leads nowhere.
 */
final class DashboardReturn {

    private DashboardReturn() {}

    static Object orBack(
            Supplier<ResponseEntity<byte[]>> document,
            String from,
            String to,
            String programme,
            RedirectAttributes redirect) {
        return orBack(document, from, to, programme, null, redirect);
    }

    /**
     * As {@link #orBack(Supplier, String, String, String, RedirectAttributes)}, for a document scoped to an
     * organisation: the way back is the dashboard scoped to it, so that the choice is not lost with the refusal.
     */
    static Object orBack(
            Supplier<ResponseEntity<byte[]>> document,
            String from,
            String to,
            String programme,
            OrganisationId organisation,
            RedirectAttributes redirect) {
        try {
            return document.get();
        } catch (InvalidInputException e) {
            return back(e.violations(), from, to, programme, organisation, redirect);
        } catch (NotFoundException e) {
            return back(
                    List.of(FieldViolation.of("programme", "portfolio.parameter.programme.unknown", programme.strip())),
                    from,
                    to,
                    null,
                    organisation,
                    redirect);
        }
    }

    private static String back(
            List<FieldViolation> violations,
            String from,
            String to,
            String programme,
            OrganisationId organisation,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("reportErrors", violations);
        // What they typed is shown again; a date left out stays out.
        if (from != null) {
            redirect.addFlashAttribute("reportFrom", from);
        }
        if (to != null) {
            redirect.addFlashAttribute("reportTo", to);
        }
        return "redirect:" + dashboard(programme, organisation, "steering-report");
    }

    /** The dashboard with the programme and organisation it was asked for, where they are given, at a form. */
    static String dashboard(String programme, OrganisationId organisation, String fragment) {
        UriComponentsBuilder dashboard = UriComponentsBuilder.fromPath("/portfolio");
        Ids.parse(programme, ProgrammeId::new).ifPresent(p -> dashboard.queryParam("programme", p.value()));
        if (organisation != null) {
            dashboard.queryParam("organisation", organisation.value());
        }
        return dashboard.fragment(fragment).build().toUriString();
    }
}
