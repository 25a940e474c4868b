package no.gevinst.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programmes a user may see, and each programme's overview: phases, parties, framework and objectives. */
@Controller
class ProgrammePageController {

    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;
    private final ProgrammeOverview overview;

    ProgrammePageController(
            Programmes programmes, Organisations organisations, People people, ProgrammeOverview overview) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
        this.overview = overview;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.visible());
        model.addAttribute("canCreate", programmes.canCreate());
        model.addAttribute("organisations", overview.organisationsById());
        return "programme/list";
    }

    @GetMapping("/programmes/{id}")
    String overview(@PathVariable ProgrammeId id, Model model) {
        return overview.page(existing(id), new FrameworkItemForm(), model);
    }

    @GetMapping("/programmes/new")
    String newForm(Model model) {
        if (!programmes.canCreate()) {
            throw new AccessDeniedException("Creates no programmes");
        }
        ProgrammeForm form = new ProgrammeForm();
        form.setCurrentPhase(Phase.IDENTIFY.name());
        form.padParties();
        return form(model, form, null);
    }

    @PostMapping("/programmes")
    String create(
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        String saved = FormErrors.saved(
                () -> "redirect:/programmes/"
                        + programmes.create(form.toInput()).id(),
                binding,
                response,
                "pages.refused.programme.create",
                form::formField);
        return saved != null ? saved : form(model, form, null);
    }

    @GetMapping("/programmes/{id}/edit")
    String editForm(@PathVariable ProgrammeId id, Model model) {
        Programme programme = existing(id);
        if (!programmes.canCoordinate(id)) {
            throw new AccessDeniedException("Does not coordinate " + programme.code());
        }
        ProgrammeForm form = ProgrammeForm.of(programme);
        form.padParties();
        return form(model, form, programme);
    }

    @PostMapping("/programmes/{id}")
    String update(
            @PathVariable ProgrammeId id,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Programme programme = existing(id);
        return new FormPost(binding, redirect, response)
                .fields(form::formField)
                .save(
                        () -> programmes.update(id, form.toInput(), form.getVersion()),
                        programme.code(),
                        "/programmes/" + id,
                        "pages.refused.programme.update",
                        () -> form(model, form, programme));
    }

    private String form(Model model, ProgrammeForm form, Programme programme) {
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("organisationList", organisations.all());
        model.addAttribute("peopleList", people.all());
        return "programme/form";
    }

    private Programme existing(ProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    @PostMapping("/programmes/{id}/objectives")
    String addObjective(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "description", required = false) String description,
            RedirectAttributes redirect) {
        try {
            programmes.addObjective(id, new ObjectiveInput(number, description));
            redirect.addFlashAttribute("saved", number);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "objectiveErrors",
                    e.violations().stream().map(FieldViolation::messageKey).toList());
            redirect.addFlashAttribute("objectiveNumber", number);
            redirect.addFlashAttribute("objectiveDescription", description);
        }
        return "redirect:/programmes/" + id + "#objectives";
    }

    @PostMapping("/programmes/{id}/framework")
    String addFrameworkItem(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "kind", required = false) String kindName,
            @RequestParam(name = "name", required = false) String name,
            RedirectAttributes redirect) {
        // Asked before the form is read, so that a refused user learns nothing from what is wrong with it.
        programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        if (!programmes.canCoordinate(id)) {
            throw new org.springframework.security.access.AccessDeniedException("May not change the framework");
        }
        FrameworkKind kind = java.util.Arrays.stream(FrameworkKind.values())
                .filter(k -> k.name().equals(kindName))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            redirect.addFlashAttribute("frameworkErrors", java.util.List.of("framework.kind.unknown"));
            return "redirect:/programmes/" + id + "#framework";
        }
        try {
            programmes.addFrameworkItem(id, kind, name);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "frameworkErrors",
                    e.violations().stream().map(FieldViolation::messageKey).toList());
        }
        return "redirect:/programmes/" + id + "#framework";
    }
}
