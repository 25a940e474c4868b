package no.gevinst.benefit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.RegisterPage;
import no.gevinst.programme.Programmes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The register page (gevinstregister): every visible benefit, filtered, sorted and paginated. */
@Controller
class BenefitRegisterController {

    private final Benefits benefits;
    private final Programmes programmes;
    private final RegisterLookups lookups;

    BenefitRegisterController(Benefits benefits, Programmes programmes, RegisterLookups lookups) {
        this.benefits = benefits;
        this.programmes = programmes;
        this.lookups = lookups;
    }

    @GetMapping("/benefits")
    String register(@ModelAttribute("filter") RegisterParameters filter, HtmxRequest htmx, Model model) {
        BenefitQuery query = filter.toQuery();
        RegisterPage page = benefits.search(query);
        model.addAttribute("page", page);
        // Asked once for the whole page: each benefit's indicators are read together, not one benefit at a time.
        model.addAttribute(
                "warningCounts",
                benefits.warnings(page.benefits()).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                java.util.Map.Entry::getKey, e -> e.getValue().size())));
        model.addAttribute("query", query);
        model.addAttribute("names", lookups.names());
        model.addAttribute("statuses", BenefitStatus.values());
        model.addAttribute("classes", BenefitClass.values());
        model.addAttribute("warnings", HealthWarning.values());
        model.addAttribute("indicatorFilters", no.gevinst.benefit.IndicatorFilter.values());
        model.addAttribute("sorts", BenefitQuery.Sort.values());
        model.addAttribute("canCreate", programmes.visible().stream().anyMatch(p -> programmes.canCoordinate(p.id())));
        model.addAttribute("links", new RegisterLinks(filter));
        return htmx.isHtmxRequest() ? "benefit/register :: results" : "benefit/register";
    }
}
