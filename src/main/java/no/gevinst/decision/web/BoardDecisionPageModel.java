package no.gevinst.decision.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.BoardDecision;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a decision's page names besides the decision: the organisations by name, the programme's indicators to set
 * targets for, the benefit classes that carry kroner, and the appendix of each organisation and year.
 */
@Component
class BoardDecisionPageModel {

    private final Organisations organisations;
    private final Benefits benefits;
    private final Indicators indicators;

    BoardDecisionPageModel(Organisations organisations, Benefits benefits, Indicators indicators) {
        this.organisations = organisations;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    /** An indicator as the form offers it: its name after its benefit's code. */
    record IndicatorChoice(IndicatorId id, String label, String unit) {}

    /** One organisation's appendix for a year. */
    record AppendixLink(OrganisationId organisation, String name, int year) {}

    void fill(Programme programme, BoardDecision decision, Model model) {
        Set<OrganisationId> named = new HashSet<>(programme.organisations());
        named.addAll(decision.organisations());
        Map<OrganisationId, String> names = new LinkedHashMap<>();
        organisations.findAll(named).forEach(o -> names.put(o.id(), o.name()));
        model.addAttribute("names", names);
        model.addAttribute(
                "parties",
                organisations.findAll(programme.organisations()).stream()
                        .sorted(Comparator.comparing(Organisation::name))
                        .toList());
        List<IndicatorChoice> choices = indicators(programme);
        model.addAttribute("indicatorChoices", choices);
        Map<IndicatorId, IndicatorChoice> byId = new LinkedHashMap<>();
        choices.forEach(c -> byId.put(c.id(), c));
        model.addAttribute("indicatorsById", byId);
        model.addAttribute(
                "benefitClasses",
                Arrays.stream(BenefitClass.values())
                        .filter(c -> c != BenefitClass.NON_PRICED)
                        .toList());
        model.addAttribute("appendices", appendices(decision, names));
    }

    private List<IndicatorChoice> indicators(Programme programme) {
        Map<no.gevinst.shared.BenefitId, Benefit> inProgramme = new LinkedHashMap<>();
        benefits.list(BenefitQuery.inProgramme(programme.id())).forEach(b -> inProgramme.put(b.id(), b));
        List<IndicatorChoice> choices = new ArrayList<>();
        indicators.ofBenefits(inProgramme.keySet()).forEach((benefit, list) -> {
            for (Indicator i : list) {
                choices.add(new IndicatorChoice(i.id(), inProgramme.get(benefit).code() + " – " + i.name(), i.unit()));
            }
        });
        choices.sort(Comparator.comparing(IndicatorChoice::label));
        return choices;
    }

    private static List<AppendixLink> appendices(BoardDecision decision, Map<OrganisationId, String> names) {
        List<AppendixLink> links = new ArrayList<>();
        for (OrganisationId organisation : decision.organisations()) {
            for (int year : decision.years(organisation)) {
                links.add(new AppendixLink(organisation, names.getOrDefault(organisation, "–"), year));
            }
        }
        links.sort(Comparator.comparing(AppendixLink::name).thenComparing(AppendixLink::year));
        return links;
    }
}
