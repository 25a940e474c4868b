package no.gevinst.benefit.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.Priority;
import no.gevinst.benefit.domain.BenefitInputs;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
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

/** The benefit profile: read as a document, edited through a form, moved through its lifecycle. */
@Controller
class BenefitProfileController {

    private static final String FORM = "benefit/form";

    private final Benefits benefits;
    private final Programmes programmes;
    private final RegisterLookups lookups;
    private final ProfilePage profilePage;

    BenefitProfileController(
            Benefits benefits, Programmes programmes, RegisterLookups lookups, ProfilePage profilePage) {
        this.benefits = benefits;
        this.programmes = programmes;
        this.lookups = lookups;
        this.profilePage = profilePage;
    }

    @GetMapping("/benefits/{id}")
    String profile(@PathVariable BenefitId id, Model model) {
        return profilePage.show(id, model);
    }

    /**
     * The form for a new benefit in the programme asked for. Without one, the programme is chosen for the user only
     * when they may create benefits in that one alone; otherwise they are asked which (see {@link ProgrammeChooser}).
     */
    @GetMapping("/benefits/new")
    String newForm(
            @RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "choose", required = false) String chosenOnPage,
            Model model,
            HttpServletResponse response) {
        ProgrammeChooser chooser = ProgrammeChooser.of(programmes);
        var chosen = chooser.chosen(programme);
        if (chosen.isEmpty()) {
            return chooser.ask(programme, chosenOnPage != null, model, response);
        }
        BenefitForm form = new BenefitForm();
        form.setProgrammeId(chosen.get().id().toString());
        form.padAllocations();
        model.addAttribute("mayChooseProgramme", chooser.choices().size() > 1);
        return form(model, form, null);
    }

    @PostMapping("/benefits")
    String create(
            @ModelAttribute("form") BenefitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Benefit created = benefits.create(form.toInput());
            redirect.addFlashAttribute("saved", created.code());
            return "redirect:/benefits/" + created.id();
        } catch (InvalidInputException e) {
            if (chosenProgramme(form).isEmpty()) {
                // No programme (a form sent without one): the rest of the form depends on it, so ask for it first.
                return ProgrammeChooser.of(programmes).ask(form.getProgrammeId(), true, model, response);
            }
            FormErrors.reject(binding, e, form::formField);
        } catch (AccessDeniedException e) {
            if (chosenProgramme(form).isEmpty()) {
                throw e; // a programme the user cannot see has no form to return to
            }
            FormErrors.refuse(binding, response, "pages.refused.benefit.create");
        }
        return form(model, form, null);
    }

    @GetMapping("/benefits/{id}/edit")
    String editForm(@PathVariable BenefitId id, Model model) {
        Benefit benefit = existing(id);
        if (!benefits.canEdit(benefit)) {
            throw new AccessDeniedException("May not edit " + benefit.code());
        }
        BenefitForm form = BenefitForm.of(BenefitInputs.of(benefit), benefit.version());
        form.padAllocations();
        return form(model, form, benefit);
    }

    @PostMapping("/benefits/{id}")
    String update(
            @PathVariable BenefitId id,
            @ModelAttribute("form") BenefitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Benefit benefit = existing(id);
        try {
            Benefit updated = benefits.update(id, form.toInput(), form.getVersion());
            redirect.addFlashAttribute("saved", updated.code());
            return "redirect:/benefits/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e, form::formField);
        } catch (VersionConflictException e) {
            binding.reject("version.conflict");
        } catch (AccessDeniedException e) {
            FormErrors.refuse(binding, response, "pages.refused.benefit.update");
        }
        return form(model, form, benefit);
    }

    /**
     * Moves the benefit on; refused, the profile again (422) with the reason typed and the fault beside it, or what the
     * benefit still lacks above the lifecycle's buttons; 409 when it changed since it was read.
     */
    @PostMapping("/benefits/{id}/status")
    String transition(
            @PathVariable BenefitId id,
            @ModelAttribute(ProfilePage.STATUS_FORM) StatusForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Asked before the form is read, so that a refused user learns nothing from what is wrong with it.
        Benefit benefit = existing(id);
        if (!benefits.canEdit(benefit)) {
            throw new AccessDeniedException("May not move " + benefit.code());
        }
        String saved = FormErrors.saved(
                () -> {
                    BenefitStatus status = form.target();
                    benefits.transition(id, status, form.getReason(), form.expectedVersion());
                    redirect.addFlashAttribute("moved", status.messageKey());
                    return "redirect:/benefits/" + id;
                },
                binding,
                response,
                null,
                StatusForm::formField);
        return saved != null ? saved : profilePage.show(id, model);
    }

    private java.util.Optional<Programme> chosenProgramme(BenefitForm form) {
        return Ids.parse(form.getProgrammeId(), ProgrammeId::new).flatMap(programmes::find);
    }

    private String form(Model model, BenefitForm form, Benefit benefit) {
        Programme programme =
                chosenProgramme(form).orElseThrow(() -> new NotFoundException("programme", form.getProgrammeId()));
        RegisterNames names = lookups.names();
        model.addAttribute("form", form);
        model.addAttribute("benefit", benefit);
        model.addAttribute("programme", programme);
        model.addAttribute("objectives", programmes.objectives(programme.id()));
        addOrganisationsAndPeople(model, programme, names);
        addOwners(model, form, benefit, programme, names);
        model.addAttribute("kinds", BenefitKind.values());
        model.addAttribute("classes", BenefitClass.values());
        model.addAttribute("priorities", Priority.values());
        return FORM;
    }

    /** The programme's parties, every organisation (for allocations and investors) and the programme's people. */
    private static void addOrganisationsAndPeople(Model model, Programme programme, RegisterNames names) {
        model.addAttribute(
                "parties",
                programme.organisations().stream()
                        .map(names.organisations()::get)
                        .toList());
        model.addAttribute(
                "allOrganisations",
                names.organisations().values().stream()
                        .sorted(java.util.Comparator.comparing(Organisation::name))
                        .toList());
        model.addAttribute(
                "people",
                names.peopleList().stream()
                        .filter(p -> programme.organisations().contains(p.organisation()))
                        .sorted(java.util.Comparator.comparing(Person::name))
                        .toList());
    }

    /** Only coordinators name owners, and only gevinsteiere of the programme's organisations can be named. */
    private void addOwners(Model model, BenefitForm form, Benefit benefit, Programme programme, RegisterNames names) {
        model.addAttribute("canAssignOwner", benefit == null || benefits.canAssignOwner(benefit));
        model.addAttribute(
                "owners",
                names.peopleList().stream()
                        .filter(p ->
                                p.id().toString().equals(form.getOwnerId()) || benefits.mayOwn(p.id(), programme.id()))
                        .sorted(java.util.Comparator.comparing(Person::name))
                        .toList());
        model.addAttribute(
                "currentOwner",
                names.peopleList().stream()
                        .filter(p -> p.id().toString().equals(form.getOwnerId()))
                        .findFirst()
                        .orElse(null));
    }

    private Benefit existing(BenefitId id) {
        return benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
    }
}
