package no.gevinst.stakeholder.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PageDeletes;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.stakeholder.ActionStatus;
import no.gevinst.stakeholder.Channel;
import no.gevinst.stakeholder.Quadrant;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderId;
import no.gevinst.stakeholder.StakeholderKind;
import no.gevinst.stakeholder.Stakeholders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's stakeholder analysis — the grid, the table beside it and the involvement plan — and the form its
 * coordinators write a stakeholder with, where the stakeholder's actions are planned too.
 */
@Controller
@RequestMapping("/programmes/{id}/stakeholders")
class StakeholderPageController {

    private final Stakeholders stakeholders;
    private final Programmes programmes;
    private final People people;

    StakeholderPageController(Stakeholders stakeholders, Programmes programmes, People people) {
        this.stakeholders = stakeholders;
        this.programmes = programmes;
        this.people = people;
    }

    @GetMapping
    String analysis(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "organisation", required = false) String organisation,
            Model model) {
        Programme programme = visible(id);
        Optional<OrganisationId> chosen = organisation(organisation);
        List<Stakeholder> list = stakeholders.stakeholders(id, chosen);
        List<Organisation> organisations = stakeholders.eligibleOrganisations(id);
        model.addAttribute("programme", programme);
        model.addAttribute("organisations", organisations);
        model.addAttribute("chosen", chosen.map(OrganisationId::toString).orElse(""));
        model.addAttribute("rows", Rows.stakeholders(list, organisations));
        model.addAttribute("grid", StakeholderGrid.of(list));
        model.addAttribute("quadrants", Quadrant.values());
        model.addAttribute(
                "actions",
                Rows.actions(
                        stakeholders.actions(
                                id, list.stream().map(Stakeholder::id).toList()),
                        list,
                        people));
        model.addAttribute("canEdit", stakeholders.canCoordinate(id));
        return "stakeholder/analysis";
    }

    @GetMapping("/new")
    String newForm(@PathVariable ProgrammeId id, Model model) {
        stakeholders.requireCoordinator(id);
        return form(model, visible(id), new StakeholderForm(), null, new ActionForm());
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @Valid @ModelAttribute("form") StakeholderForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        stakeholders.requireCoordinator(id);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(model, visible(id), form, null, new ActionForm());
        }
        return new FormPost(binding, redirect, response)
                .save(
                        () -> stakeholders.create(id, form.toInput()),
                        Stakeholder::name,
                        created -> "/programmes/" + id + "/stakeholders/" + created.id() + "/edit",
                        "stakeholder.refused",
                        () -> form(model, visible(id), form, null, new ActionForm()));
    }

    @GetMapping("/{stakeholder}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable StakeholderId stakeholder, Model model) {
        stakeholders.requireCoordinator(id);
        return form(model, visible(id), StakeholderForm.of(existing(id, stakeholder)), stakeholder, new ActionForm());
    }

    @PostMapping("/{stakeholder}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @Valid @ModelAttribute("form") StakeholderForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        stakeholders.requireCoordinator(id);
        existing(id, stakeholder);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(model, visible(id), form, stakeholder, new ActionForm());
        }
        return new FormPost(binding, redirect, response)
                .save(
                        () -> stakeholders.update(id, stakeholder, form.toInput(), version(form.getVersion())),
                        Stakeholder::name,
                        updated -> "/programmes/" + id + "/stakeholders",
                        null,
                        () -> form(model, visible(id), form, stakeholder, new ActionForm()));
    }

    /** The stakeholder form, with the stakeholder's plan and the action form when it exists. */
    String form(Model model, Programme programme, StakeholderForm form, StakeholderId id, ActionForm actionForm) {
        model.addAttribute("programme", programme);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", actionForm);
        }
        model.addAttribute("stakeholderId", id);
        model.addAttribute("kinds", StakeholderKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("organisations", stakeholders.eligibleOrganisations(programme.id()));
        model.addAttribute(
                "people",
                people.inOrganisations(programme.organisations()).stream()
                        .sorted(Comparator.comparing(Person::name))
                        .toList());
        if (id != null) {
            Stakeholder s = existing(programme.id(), id);
            model.addAttribute("stakeholder", s);
            model.addAttribute(
                    "actions", Rows.actions(stakeholders.actions(programme.id(), List.of(id)), List.of(s), people));
        }
        return "stakeholder/form";
    }

    static long version(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
    }

    private static Optional<OrganisationId> organisation(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Ids.parse(text, OrganisationId::new)
                .orElseThrow(() -> InvalidInputException.of("organisation", "stakeholder.organisation.invalid")));
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Stakeholder existing(ProgrammeId id, StakeholderId stakeholder) {
        return stakeholders.find(id, stakeholder).orElseThrow(() -> new NotFoundException("stakeholder", stakeholder));
    }

    @PostMapping("/{stakeholder}/delete")
    String delete(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        stakeholders.requireCoordinator(id);
        Stakeholder found = existing(id, stakeholder);
        return PageDeletes.delete(
                version,
                v -> stakeholders.delete(id, stakeholder, v),
                new PageDeletes.Deletion(
                        found.name(),
                        "/programmes/" + id + "/stakeholders",
                        "/programmes/" + id + "/stakeholders/" + stakeholder + "/edit"),
                model,
                redirect,
                response);
    }
}
