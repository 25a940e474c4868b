package no.gevinst.golive.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.Wave;
import no.gevinst.golive.WaveId;
import no.gevinst.organisation.Organisation;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
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

/** A programme's go-live waves as a timeline, and the forms its coordinators record and change them with. */
@Controller
@RequestMapping("/programmes/{id}/golive-waves")
class WavePageController {

    private static final String FORM = "golive/form";

    private final GoLiveWaves waves;
    private final Programmes programmes;
    private final LiveUnits liveUnits;

    WavePageController(GoLiveWaves waves, Programmes programmes, LiveUnits liveUnits) {
        this.waves = waves;
        this.programmes = programmes;
        this.liveUnits = liveUnits;
    }

    @GetMapping
    String page(@PathVariable ProgrammeId id, Model model) {
        Programme programme = visible(id);
        LocalDate today = NorwegianTime.today();
        List<Wave> all = waves.waves(id);
        Set<OrganisationId> named = new HashSet<>();
        all.forEach(w -> named.addAll(w.units()));
        Map<OrganisationId, Organisation> visible = liveUnits.byId(named);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "rows", all.stream().map(w -> WaveRow.of(w, visible, today)).toList());
        model.addAttribute("today", today);
        model.addAttribute("live", liveUnits.lines(List.of(programme), today));
        model.addAttribute("canEdit", waves.canEdit(id));
        return "golive/waves";
    }

    @GetMapping("/new")
    String newForm(@PathVariable ProgrammeId id, Model model) {
        waves.requireEditable(id);
        return form(model, visible(id), new WaveForm(), null);
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @ModelAttribute("form") WaveForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        waves.requireEditable(id);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> waves.create(id, form.toInput()),
                        Wave::name,
                        created -> "/programmes/" + id + "/golive-waves",
                        "golive.refused",
                        () -> form(model, visible(id), form, null));
    }

    @GetMapping("/{wave}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable WaveId wave, Model model) {
        waves.requireEditable(id);
        return form(model, visible(id), WaveForm.of(existing(id, wave)), wave);
    }

    @PostMapping("/{wave}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable WaveId wave,
            @ModelAttribute("form") WaveForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        waves.requireEditable(id);
        existing(id, wave);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> waves.update(id, wave, form.toInput(), form.getVersion()),
                        Wave::name,
                        updated -> "/programmes/" + id + "/golive-waves",
                        "golive.refused",
                        () -> form(model, visible(id), form, wave));
    }

    @PostMapping("/{wave}/delete")
    String delete(
            @PathVariable ProgrammeId id,
            @PathVariable WaveId wave,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        waves.requireEditable(id);
        Wave existing = existing(id, wave);
        try {
            waves.delete(id, wave, Long.parseLong(version == null ? "" : version.strip()));
            redirect.addFlashAttribute("deleted", existing.name());
            return "redirect:/programmes/" + id + "/golive-waves";
        } catch (NumberFormatException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("waveErrors", List.of("version.invalid"));
        } catch (VersionConflictException e) {
            // Someone changed or removed the wave since the page was read: the timeline as it is now, with why.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("waveErrors", List.of("version.conflict"));
        }
        return page(id, model);
    }

    private String form(Model model, Programme programme, WaveForm form, WaveId wave) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("waveId", wave);
        model.addAttribute(
                "units",
                liveUnits.byId(waves.eligibleUnits(programme.id())).values().stream()
                        .sorted(java.util.Comparator.comparing(Organisation::name))
                        .toList());
        return FORM;
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Wave existing(ProgrammeId id, WaveId wave) {
        return waves.find(id, wave).orElseThrow(() -> new NotFoundException("golive-wave", wave));
    }
}
