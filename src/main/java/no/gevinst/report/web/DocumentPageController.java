package no.gevinst.report.web;

import no.gevinst.network.NetworkView;
import no.gevinst.plan.PlanId;
import no.gevinst.report.Documents;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents as the pages link to them: downloads under the page they belong to. */
@Controller
class DocumentPageController {

    private final Documents documents;
    private final OrganisationDocumentController organisationReports;

    DocumentPageController(Documents documents, OrganisationDocumentController organisationReports) {
        this.documents = documents;
        this.organisationReports = organisationReports;
    }

    @GetMapping(value = "/plans/{plan}/versions/{number}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> plan(@PathVariable PlanId plan, @PathVariable int number) {
        return Downloads.pdf(documents.plan(plan, number), Downloads.PLAN.formatted(number));
    }

    /** The annual status as a download; a year out of range goes back to the plan with the reason shown there. */
    @GetMapping("/plans/{plan}/annual-status.pdf")
    Object annualStatus(
            @PathVariable PlanId plan, @RequestParam(required = false) String year, RedirectAttributes redirect) {
        int asked = Downloads.year(year);
        try {
            return Downloads.pdf(documents.annualStatus(plan, asked), Downloads.ANNUAL_STATUS.formatted(asked));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("annualErrors", e.violations());
            redirect.addFlashAttribute("annualYear", year);
            return "redirect:/plans/" + plan + "#annual-status";
        }
    }

    /**
     * The steering group report for a period (the last full quarter when no dates are given). Dates that cannot be
     * read, a reversed span or a programme that is not there go back to the dashboard's form, named there.
     */
    @GetMapping("/portfolio/report.pdf")
    Object steeringReport(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String organisation,
            RedirectAttributes redirect) {
        if (organisation != null && !organisation.isBlank()) {
            return organisationReports.steeringReport(from, to, programme, organisation, redirect);
        }
        return DashboardReturn.orBack(
                () -> Downloads.pdf(
                        documents.steeringReport(from, to, Downloads.programme(programme)), Downloads.STEERING_REPORT),
                from,
                to,
                programme,
                redirect);
    }

    /**
     * The board summary for the same period and programmes, to the body that owns them; refused as the report. With
     * an organisation, over the organisation's share, as the scoped dashboard's form asks for it.
     */
    @GetMapping("/portfolio/board-summary.pdf")
    Object boardSummary(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String organisation,
            RedirectAttributes redirect) {
        if (organisation != null && !organisation.isBlank()) {
            return organisationReports.boardSummary(from, to, programme, organisation, redirect);
        }
        return DashboardReturn.orBack(
                () -> Downloads.pdf(
                        documents.boardSummary(from, to, Downloads.programme(programme)), Downloads.BOARD_SUMMARY),
                from,
                to,
                programme,
                redirect);
    }

    /** The drawing on a page to print or to attach to a plan. */
    @GetMapping(value = "/programmes/{id}/network.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> benefitMap(
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String focus) {
        return Downloads.pdf(documents.benefitMap(id, NetworkView.of(view, focus)), Downloads.BENEFIT_MAP);
    }
}
