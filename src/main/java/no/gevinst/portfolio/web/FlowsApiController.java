package no.gevinst.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.SignOff;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Portfolio", description = "Cross-organisation benefit flows and the benefiting parties' sign-offs")
class FlowsApiController {

    private final Flows flows;

    FlowsApiController(Flows flows) {
        this.flows = flows;
    }

    @GetMapping("/api/v1/portfolio/flows")
    @Operation(
            summary = "Investing × benefiting organisation: kroner per year at full effect (the value split by"
                    + " allocation share and evenly over the investors) and benefit counts, over the programmes you"
                    + " may see or one of them; and each cross-organisation benefit's latest periods with their"
                    + " sign-offs (signOff null: not signed off by the benefiting party)")
    FlowReport flows(@RequestParam(required = false) ProgrammeId programme) {
        return flows.report(programme);
    }

    @PostMapping("/api/v1/benefits/{id}/sign-offs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "The benefiting organisation signs off the benefit's actuals for a period that has ended"
                    + " (Gevinsteier or Gevinstkoordinator of that organisation); once per organisation and period")
    SignOff signOff(@PathVariable BenefitId id, @RequestBody SignOffInput input) {
        return flows.signOff(id, input);
    }
}
