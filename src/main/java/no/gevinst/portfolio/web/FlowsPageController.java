package no.gevinst.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Benefits flowing between organisations: the matrix, its drawing, and the benefiting parties' sign-offs. */
@Controller
class FlowsPageController {

    private final Flows flows;
    private final Programmes programmes;
    private final OrganisationDashboards scopes;

    FlowsPageController(Flows flows, Programmes programmes, OrganisationDashboards scopes) {
        this.scopes = scopes;
        this.flows = flows;
        this.programmes = programmes;
    }

    @GetMapping("/portfolio/flows")
    String page(
            @RequestParam(name = "programme", required = false) String chosen,
            @RequestParam(required = false) String organisation,
            Model model,
            HttpServletResponse response) {
        ProgrammeChoice choice = ProgrammeChoice.of(chosen, programmes);
        OrganisationChoice scope = OrganisationChoice.of(organisation, scopes);
        ProgrammeChoice.show(choice, scope, model, response);
        ProgrammeId programme = choice.id();
        FlowReport report = scope.party() == null ? flows.report(programme) : scopes.flows(programme, scope.id());
        model.addAttribute("organisations", scopes.choices());
        model.addAttribute("selectedOrganisation", scope.id());
        model.addAttribute("report", report);
        model.addAttribute("matrix", report.matrix());
        model.addAttribute("drawing", FlowDrawing.of(report.matrix()));
        model.addAttribute("programmes", programmes.visible());
        model.addAttribute("selectedProgramme", programme);
        return "portfolio/flows";
    }

    /**
     * Signs off a receiving party's share for a period. Signed, back to the benefit on the list, told so beside the
     * receipt; refused, the list again (422) with why beside that receipt and the comment as typed.
     */
    @PostMapping("/portfolio/flows/benefits/{id}/sign-offs")
    String signOff(
            @PathVariable BenefitId id,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String periodStart,
            @RequestParam(required = false) String periodEnd,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) ProgrammeId programme,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SignOffInput input = new SignOffInput(organisation, periodStart, periodEnd, comment);
        String key = key(id, organisation, periodStart, periodEnd);
        try {
            flows.signOff(id, input);
        } catch (InvalidInputException e) {
            model.addAttribute("signOffErrors", e.violations());
            model.addAttribute("failedKey", key);
            model.addAttribute("signOffInput", input);
            String shown = page(programme == null ? null : programme.toString(), null, model, response);
            response.setStatus(422);
            return shown;
        }
        redirect.addFlashAttribute("signedKey", key);
        String back = UriComponentsBuilder.fromPath("/portfolio/flows")
                .queryParamIfPresent("programme", java.util.Optional.ofNullable(programme))
                .fragment("benefit-" + id)
                .toUriString();
        return "redirect:" + back;
    }

    /** Names one receipt on the page, as the page names it, to show the outcome of its form beside it. */
    static String key(Object benefit, Object organisation, Object start, Object end) {
        return benefit + "_" + organisation + "_" + start + "_" + end;
    }
}
