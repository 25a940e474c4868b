package no.gevinst.configdecision.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionId;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.configdecision.Production;
import no.gevinst.configdecision.SolutionKind;
import no.gevinst.configdecision.Stage;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a programme's configuration decisions: new, changed and deleted, by its coordinators. */
@Controller
@RequestMapping("/programmes/{id}/configuration")
class ConfigDecisionFormController {

    private static final String FORM = "configdecision/form";

    private final ConfigDecisions decisions;
    private final Programmes programmes;

    ConfigDecisionFormController(ConfigDecisions decisions, Programmes programmes) {
        this.decisions = decisions;
        this.programmes = programmes;
    }

    /**
     * Binds the form's fields and no more KPI rows than the form can offer (a decision's most and the blank ones): a
     * row index beyond them is dropped rather than grown into a list of thousands. The service names a list too long.
     */
    @InitBinder("form")
    void rows(WebDataBinder binder) {
        binder.setAllowedFields(ConfigDecisionForm.bindable());
    }

    @GetMapping("/new")
    String newForm(@PathVariable ProgrammeId id, Model model) {
        decisions.requireWriter(id);
        return form(model, visible(id), new ConfigDecisionForm().withBlankRows(), null);
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @ModelAttribute("form") ConfigDecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        decisions.requireWriter(id);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> decisions.create(id, form.toInput()),
                        ConfigDecision::title,
                        created -> "/programmes/" + id + "/configuration/" + created.id(),
                        "configdecision.refused",
                        () -> form(model, visible(id), form, null));
    }

    @GetMapping("/{configDecision}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable ConfigDecisionId configDecision, Model model) {
        decisions.requireWriter(id);
        ConfigDecisionForm form =
                ConfigDecisionForm.of(existing(id, configDecision)).withBlankRows();
        return form(model, visible(id), form, configDecision);
    }

    @PostMapping("/{configDecision}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable ConfigDecisionId configDecision,
            @ModelAttribute("form") ConfigDecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        decisions.requireWriter(id);
        existing(id, configDecision);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> decisions.update(id, configDecision, form.toInput(), form.expectedVersion()),
                        ConfigDecision::title,
                        updated -> "/programmes/" + id + "/configuration/" + configDecision,
                        "configdecision.refused",
                        () -> form(model, visible(id), form, configDecision));
    }

    @PostMapping("/{configDecision}/delete")
    String delete(
            @PathVariable ProgrammeId id,
            @PathVariable ConfigDecisionId configDecision,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        decisions.requireWriter(id);
        ConfigDecision decision = existing(id, configDecision);
        try {
            decisions.delete(id, configDecision, ConfigDecisionForm.parseVersion(version));
            redirect.addFlashAttribute("deleted", decision.title());
            return "redirect:/programmes/" + id + "/configuration";
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("deleteError", "version.conflict");
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("deleteError", "version.invalid");
        }
        ConfigDecisionForm form = ConfigDecisionForm.of(decision).withBlankRows();
        return form(model, visible(id), form, configDecision);
    }

    private String form(Model model, Programme programme, ConfigDecisionForm form, ConfigDecisionId decision) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("decisionId", decision);
        model.addAttribute("kpiChoices", decisions.kpiChoices(programme.id()));
        model.addAttribute("solutionKinds", SolutionKind.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("productions", Production.values());
        return FORM;
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private ConfigDecision existing(ProgrammeId id, ConfigDecisionId decision) {
        return decisions.find(id, decision).orElseThrow(() -> new NotFoundException("config-decision", decision));
    }
}
