package no.gevinst.report.web;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.report.OrganisationDocuments;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's status report, as the scoped dashboard links to it. A period or year that cannot be read goes back
 * to the report's form on the scoped dashboard; an organisation or programme that is not there goes back to the
 * dashboard, each with the field named.
 */
@Controller
class OrganisationDocumentController {

    static final String STATUS_PDF = "gevinststatus.pdf";
    static final String STATUS_XLSX = "gevinststatus.xlsx";

    private final OrganisationDocuments documents;
    private final OrganisationDashboards scopes;

    OrganisationDocumentController(OrganisationDocuments documents, OrganisationDashboards scopes) {
        this.documents = documents;
        this.scopes = scopes;
    }

    @GetMapping("/portfolio/organisation-report.pdf")
    Object pdf(
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String year,
            RedirectAttributes redirect) {
        return status(programme, organisation, period, year, redirect, true);
    }

    @GetMapping("/portfolio/organisation-report.xlsx")
    Object xlsx(
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String year,
            RedirectAttributes redirect) {
        return status(programme, organisation, period, year, redirect, false);
    }

    private Object status(
            String programme,
            String organisation,
            String period,
            String year,
            RedirectAttributes redirect,
            boolean pdf) {
        Optional<FlowMatrix.Party> party = party(organisation);
        if (party.isEmpty()) {
            return unknownOrganisation(organisation, programme, redirect);
        }
        OrganisationId id = party.get().id();
        try {
            ProgrammeId selected = Downloads.programme(programme);
            if (pdf) {
                return Downloads.pdf(documents.statusPdf(selected, id, period, year), STATUS_PDF);
            }
            return Attachments.of(documents.statusXlsx(selected, id, period, year), Attachments.XLSX, STATUS_XLSX);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("organisationReportErrors", e.violations());
            redirect.addFlashAttribute("organisationReportYear", year);
            return back(programme, id, "organisation-report");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute(
                    "parameterErrors",
                    List.of(FieldViolation.of(
                            "programme", "portfolio.parameter.programme.unknown", programme.strip())));
            return back(null, id, "main");
        }
    }

    /** The steering group report over the organisation's share (the dashboard's report form, scoped). */
    Object steeringReport(String from, String to, String programme, String organisation, RedirectAttributes redirect) {
        return scoped(
                new Asked(from, to, programme, organisation, redirect),
                (selected, id) ->
                        Downloads.pdf(documents.steeringReport(from, to, selected, id), Downloads.STEERING_REPORT));
    }

    /** The board summary over the organisation's share, from the same scoped figures as its steering report. */
    Object boardSummary(String from, String to, String programme, String organisation, RedirectAttributes redirect) {
        return scoped(
                new Asked(from, to, programme, organisation, redirect),
                (selected, id) ->
                        Downloads.pdf(documents.boardSummary(from, to, selected, id), Downloads.BOARD_SUMMARY));
    }

    /** What the dashboard's report form asked for, scoped to an organisation. */
    private record Asked(String from, String to, String programme, String organisation, RedirectAttributes redirect) {}

    /**
     * A document over the organisation's share: an organisation that is not there, or a refused period or programme,
     * goes back to the dashboard's form with the reason (see {@link DashboardReturn}).
     */
    private Object scoped(Asked asked, BiFunction<ProgrammeId, OrganisationId, ResponseEntity<byte[]>> document) {
        Optional<FlowMatrix.Party> party = party(asked.organisation());
        if (party.isEmpty()) {
            return unknownOrganisation(asked.organisation(), asked.programme(), asked.redirect());
        }
        OrganisationId id = party.get().id();
        return DashboardReturn.orBack(
                () -> document.apply(Downloads.programme(asked.programme()), id),
                asked.from(),
                asked.to(),
                asked.programme(),
                id,
                asked.redirect());
    }

    private Optional<FlowMatrix.Party> party(String organisation) {
        return Ids.parse(organisation, OrganisationId::new).flatMap(scopes::find);
    }

    static String unknownOrganisation(String organisation, String programme, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "parameterErrors",
                List.of(FieldViolation.of(
                        "organisation",
                        organisation == null || organisation.isBlank()
                                ? "portfolio.parameter.organisation.required"
                                : "portfolio.parameter.organisation.unknown",
                        organisation == null ? "" : organisation.strip())));
        return back(programme, null, "main");
    }

    private static String back(String programme, OrganisationId organisation, String fragment) {
        return "redirect:" + DashboardReturn.dashboard(programme, organisation, fragment);
    }
}
