package no.gevinst.configdecision.web;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionId;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.configdecision.KpiChoice;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A programme's benefit-driven configuration: its decisions, the share of its indicators delivered by machine with the
 * list to act on, and the optimisations proposed after go-live ranked by value; and one decision.
 */
@Controller
@RequestMapping("/programmes/{id}/configuration")
class ConfigDecisionPageController {

    private final ConfigDecisions decisions;
    private final Programmes programmes;
    private final Organisations organisations;

    ConfigDecisionPageController(ConfigDecisions decisions, Programmes programmes, Organisations organisations) {
        this.decisions = decisions;
        this.programmes = programmes;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@PathVariable ProgrammeId id, Model model) {
        Programme programme = visible(id);
        model.addAttribute("programme", programme);
        model.addAttribute("decisions", decisions.of(id));
        model.addAttribute("delivery", decisions.delivery(id));
        model.addAttribute("optimisations", decisions.optimisations(id));
        model.addAttribute("canEdit", decisions.canWrite(id));
        // The line's improvement backlogs (handover module) hold measures after close, by organisation; the
        // optimisations here are configuration changes by programme. The page links to both.
        model.addAttribute(
                "backlogs",
                organisations.findAll(programme.organisations()).stream()
                        .sorted(Comparator.comparing(Organisation::name))
                        .toList());
        return "configdecision/list";
    }

    @GetMapping("/{configDecision}")
    String page(@PathVariable ProgrammeId id, @PathVariable ConfigDecisionId configDecision, Model model) {
        Programme programme = visible(id);
        ConfigDecision decision = decisions
                .find(id, configDecision)
                .orElseThrow(() -> new NotFoundException("config-decision", configDecision));
        Map<String, KpiChoice> choices = decisions.kpiChoices(id).stream()
                .collect(Collectors.toMap(c -> c.id().toString(), Function.identity()));
        model.addAttribute("programme", programme);
        model.addAttribute("decision", decision);
        model.addAttribute("kpiLabels", choices);
        model.addAttribute("canEdit", decisions.canWrite(id));
        return "configdecision/decision";
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }
}
