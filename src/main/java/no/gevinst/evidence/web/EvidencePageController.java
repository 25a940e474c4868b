package no.gevinst.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceId;
import no.gevinst.evidence.EvidenceKind;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.evidence.EvidenceStatus;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PageDeletes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
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

/** A programme's evaluations and studies (evidence of attribution): the list, one evaluation, and its form. */
@Controller
@RequestMapping("/programmes/{id}/evidence")
class EvidencePageController {

    private static final String FORM = "evidence/form";

    private final EvidenceRegister register;
    private final Programmes programmes;
    private final Benefits benefits;

    EvidencePageController(EvidenceRegister register, Programmes programmes, Benefits benefits) {
        this.register = register;
        this.programmes = programmes;
        this.benefits = benefits;
    }

    @GetMapping
    String list(@PathVariable ProgrammeId id, Model model) {
        Programme programme = visible(id);
        model.addAttribute("programme", programme);
        model.addAttribute("evidence", register.list(id));
        model.addAttribute("benefits", benefitsOf(id));
        model.addAttribute("canEdit", register.canWrite(id));
        return "evidence/list";
    }

    @GetMapping("/{evidence}")
    String detail(@PathVariable ProgrammeId id, @PathVariable EvidenceId evidence, Model model) {
        model.addAttribute("programme", visible(id));
        model.addAttribute("item", existing(id, evidence));
        model.addAttribute("benefits", benefitsOf(id));
        model.addAttribute("canEdit", register.canWrite(id));
        return "evidence/detail";
    }

    @GetMapping("/new")
    String newForm(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "benefit", required = false) String benefit,
            Model model) {
        requireWriter(id);
        EvidenceForm form = new EvidenceForm();
        form.setKind(EvidenceKind.RANDOMISED_TRIAL.name());
        form.setStatus(EvidenceStatus.PLANNED.name());
        if (benefit != null
                && no.gevinst.shared.Ids.parse(benefit, BenefitId::new).isPresent()) {
            form.getBenefitIds().add(benefit.strip());
        }
        return form(model, visible(id), form, null);
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @ModelAttribute("form") EvidenceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireWriter(id);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> register.create(id, form.toInput()),
                        Evidence::title,
                        created -> "/programmes/" + id + "/evidence/" + created.id(),
                        "evidence.refused",
                        () -> form(model, visible(id), form, null));
    }

    @GetMapping("/{evidence}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable EvidenceId evidence, Model model) {
        requireWriter(id);
        return form(model, visible(id), EvidenceForm.of(existing(id, evidence)), evidence);
    }

    @PostMapping("/{evidence}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable EvidenceId evidence,
            @ModelAttribute("form") EvidenceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireWriter(id);
        existing(id, evidence);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> register.update(id, evidence, form.toInput(), form.getVersion()),
                        Evidence::title,
                        updated -> "/programmes/" + id + "/evidence/" + evidence,
                        "evidence.refused",
                        () -> form(model, visible(id), form, evidence));
    }

    private String form(Model model, Programme programme, EvidenceForm form, EvidenceId evidence) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("evidenceId", evidence);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("statuses", EvidenceStatus.values());
        model.addAttribute(
                "choices",
                benefitsOf(programme.id()).values().stream()
                        .sorted(Comparator.comparing(Benefit::code))
                        .toList());
        return FORM;
    }

    private Map<BenefitId, Benefit> benefitsOf(ProgrammeId id) {
        return benefits.list(BenefitQuery.inProgramme(id)).stream()
                .collect(Collectors.toMap(Benefit::id, Function.identity(), (a, b) -> a));
    }

    private void requireWriter(ProgrammeId id) {
        visible(id);
        if (!register.canWrite(id)) {
            throw new AccessDeniedException("May not write evidence in " + id);
        }
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Evidence existing(ProgrammeId id, EvidenceId evidence) {
        return register.find(id, evidence).orElseThrow(() -> new NotFoundException("evidence", evidence));
    }

    @PostMapping("/{evidence}/delete")
    String delete(
            @PathVariable ProgrammeId id,
            @PathVariable EvidenceId evidence,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        register.requireWriter(id);
        Evidence found = existing(id, evidence);
        return PageDeletes.delete(
                version,
                v -> register.delete(id, evidence, v),
                new PageDeletes.Deletion(
                        found.title(),
                        "/programmes/" + id + "/evidence",
                        "/programmes/" + id + "/evidence/" + evidence),
                model,
                redirect,
                response);
    }
}
