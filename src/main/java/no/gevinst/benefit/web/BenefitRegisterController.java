package no.gevinst.benefit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.RegisterPage;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
    private final MessageSource messages;
    private final no.gevinst.benefit.BenefitSharing sharing;
    private final RegisterFilterForm filterForm;

    BenefitRegisterController(
            Benefits benefits,
            Programmes programmes,
            RegisterLookups lookups,
            MessageSource messages,
            no.gevinst.benefit.BenefitSharing sharing,
            RegisterFilterForm filterForm) {
        this.sharing = sharing;
        this.filterForm = filterForm;
        this.benefits = benefits;
        this.programmes = programmes;
        this.lookups = lookups;
        this.messages = messages;
    }

    @GetMapping("/benefits")
    String register(
            @ModelAttribute("filter") RegisterParameters filter,
            HtmxRequest htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        BenefitQuery query = query(filter, model, response);
        RegisterPage page = benefits.search(query);
        model.addAttribute("page", page);
        // Asked once for the whole page: each benefit's indicators are read together, not one benefit at a time.
        Map<BenefitId, Integer> warningCounts = benefits.warnings(page.benefits()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
        model.addAttribute("query", query);
        RegisterNames names = lookups.names();
        model.addAttribute("names", names);
        model.addAttribute(
                "register",
                RegisterRows.of(
                        page.benefits(), warningCounts, names, query, request.getContextPath(), messages, locale));
        model.addAttribute(
                "sharedNotes",
                SharedNotes.of(page.benefits(), query.programme(), sharing, programmes.names(), messages, locale));
        if (!htmx.isHtmxRequest()) {
            // Proposals waiting for this coordinator, each named by its benefit (which they may see: it is proposed).
            model.addAttribute(
                    "awaitingAcceptance",
                    sharing.awaitingMyAcceptance().stream()
                            .flatMap(s -> benefits.find(s.benefit()).stream())
                            .toList());
        }
        addFilterLists(model);
        model.addAttribute("canCreate", programmes.visible().stream().anyMatch(p -> programmes.canCoordinate(p.id())));
        model.addAttribute("links", new RegisterLinks(filter));
        if (htmx.isHtmxRequest()) {
            return "benefit/register :: results";
        }
        model.addAttribute("filterForm", filterForm.html(names, model.asMap(), request, response, locale));
        return "benefit/register";
    }

    /** The filter's fixed lists: statuses, classes, warnings, indicator states and sorts. */
    private static void addFilterLists(Model model) {
        model.addAttribute("statuses", BenefitStatus.values());
        model.addAttribute("classes", BenefitClass.values());
        model.addAttribute("warnings", HealthWarning.values());
        model.addAttribute("indicatorFilters", no.gevinst.benefit.IndicatorFilter.values());
        model.addAttribute("sorts", BenefitQuery.Sort.values());
    }

    /**
     * The query the filters ask for. A filter that names nothing (a link's {@code status=NOPE}) answers 400 on the
     * register itself: the reason beside the form, naming the filter, and the register filtered by the rest.
     */
    private static BenefitQuery query(RegisterParameters filter, Model model, HttpServletResponse response) {
        try {
            return filter.toQuery().sharingToo();
        } catch (InvalidInputException refused) {
            model.addAttribute("parameterErrors", refused.violations());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return filter.without(refused.violations()).toQuery().sharingToo();
        }
    }
}
