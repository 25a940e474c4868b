package no.gevinst.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The comparison of two versions of a plan, with the values written the way the reader knows them. */
@Controller
class PlanComparePageController {

    private final Plans plans;
    private final Programmes programmes;
    private final MessageSource messages;

    PlanComparePageController(Plans plans, Programmes programmes, MessageSource messages) {
        this.plans = plans;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping("/plans/{plan}/compare")
    String compare(
            @PathVariable PlanId plan,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        // The plan first: one the user may not see is not found, whatever versions were asked for.
        Plan p = plans.find(plan).orElseThrow(() -> new NotFoundException("plan", plan));
        model.addAttribute("plan", p);
        model.addAttribute("programme", programmes.find(p.programme()).orElseThrow());
        Comparison comparison =
                plans.compare(plan, PlanDownloads.versionNumber(from, "from"), PlanDownloads.versionNumber(to, "to"));
        model.addAttribute("comparison", comparison);
        model.addAttribute(
                "rows",
                comparison.changes().stream()
                        .map(ch -> new ChangeRow(
                                ch, detail(ch), shown(ch.field(), ch.before()), shown(ch.field(), ch.after())))
                        .toList());
        return "plan/compare";
    }

    /**
     * A change with its values as the reader knows them: statuses and classes by their names, kroner, numbers and
     * dates written the reader's way.
     */
    record ChangeRow(Comparison.Change change, String detail, String before, String after) {}

    private static String detail(Comparison.Change change) {
        if (change.field().equals("plan.field.target") && !change.detail().isBlank()) {
            return ReaderFormats.date(LocalDate.parse(change.detail()), LocaleContextHolder.getLocale());
        }
        return change.detail();
    }

    private String shown(String field, String value) {
        if (value == null) {
            return null;
        }
        var locale = LocaleContextHolder.getLocale();
        return switch (Comparison.valueKind(field)) {
            case KRONER -> ReaderFormats.kroner(new BigDecimal(value), locale);
            case NUMBER -> ReaderFormats.number(new BigDecimal(value), locale);
            case DATE -> ReaderFormats.date(LocalDate.parse(value), locale);
            case TEXT -> named(field, value);
        };
    }

    private String named(String field, String value) {
        for (String prefix : Comparison.valuePrefixes(field)) {
            String name = messages.getMessage(prefix + value, null, null, LocaleContextHolder.getLocale());
            if (name != null) {
                return name;
            }
        }
        return value;
    }
}
