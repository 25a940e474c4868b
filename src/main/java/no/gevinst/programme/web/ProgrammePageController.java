package no.gevinst.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
        return programmes.require(id);
    }

    /**
     * Adds an effect objective. Added, back to the objectives, told so; refused, the page again with what was typed
     * and why beside its field (422). A user whose rights changed goes on to the page advice.
     */
    @PostMapping("/programmes/{id}/objectives")
    String addObjective(
            @PathVariable ProgrammeId id,
            @ModelAttribute(ProgrammeOverview.OBJECTIVE_FORM) ObjectiveForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return new FormPost(binding, redirect, response)
                .save(
                        () -> programmes.addObjective(id, form.toInput()),
                        added -> String.valueOf(added.number()),
                        added -> "/programmes/" + id + "#objectives",
                        null,
                        () -> overview.page(existing(id), new FrameworkItemForm(), model));
    }
}
