package no.gevinst.stakeholder.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PageDeletes;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.stakeholder.InvolvementAction;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderId;
import no.gevinst.stakeholder.Stakeholders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The involvement plan's actions of one stakeholder: planned, and moved between statuses, by coordinators. */
@Controller
@RequestMapping("/programmes/{id}/stakeholders/{stakeholder}/actions")
class ActionController {

    private final Stakeholders stakeholders;
    private final Programmes programmes;
    private final StakeholderPageController pages;

    ActionController(Stakeholders stakeholders, Programmes programmes, StakeholderPageController pages) {
        this.stakeholders = stakeholders;
        this.programmes = programmes;
        this.pages = pages;
    }

    @PostMapping
    String add(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @ModelAttribute("actionForm") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        stakeholders.requireCoordinator(id);
        Stakeholder s = existing(id, stakeholder);
        return new FormPost(binding, redirect, response)
                .flashedAs("actionSaved")
                .save(
                        () -> stakeholders.addAction(id, stakeholder, form.toInput()),
                        form.getDescription(),
                        "/programmes/" + id + "/stakeholders/" + stakeholder + "/edit#plan",
                        null,
                        () -> pages.form(model, visible(id), StakeholderForm.of(s), stakeholder, form));
    }

    @PostMapping("/{involvementAction}/status")
    String status(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @PathVariable("involvementAction") UUID action,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            HttpServletResponse response) {
        stakeholders.requireCoordinator(id);
        Stakeholder s = existing(id, stakeholder);
        try {
            stakeholders.setStatus(id, stakeholder, action, status, StakeholderPageController.version(version));
            return "redirect:/programmes/" + id + "/stakeholders/" + stakeholder + "/edit#plan";
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("planErrors", java.util.List.of("version.conflict"));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "planErrors",
                    e.violations().stream().map(v -> v.messageKey()).toList());
        }
        return pages.form(model, visible(id), StakeholderForm.of(s), stakeholder, new ActionForm());
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Stakeholder existing(ProgrammeId id, StakeholderId stakeholder) {
        return stakeholders.find(id, stakeholder).orElseThrow(() -> new NotFoundException("stakeholder", stakeholder));
    }

    @PostMapping("/{involvementAction}/delete")
    String delete(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @PathVariable UUID involvementAction,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        stakeholders.requireCoordinator(id);
        String edit = "/programmes/" + id + "/stakeholders/" + stakeholder + "/edit";
        InvolvementAction found = stakeholders.actions(id, List.of(stakeholder)).stream()
                .filter(a -> a.id().equals(involvementAction))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("stakeholder-action", involvementAction));
        return PageDeletes.delete(
                version,
                v -> stakeholders.deleteAction(id, stakeholder, involvementAction, v),
                new PageDeletes.Deletion(found.description(), edit + "#plan", edit + "#plan"),
                model,
                redirect,
                response);
    }
}
