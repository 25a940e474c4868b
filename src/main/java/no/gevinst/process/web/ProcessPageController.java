package no.gevinst.process.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.indicator.Indicator;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.process.Diagram;
import no.gevinst.process.DiagramPhase;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessId;
import no.gevinst.process.ProcessKind;
import no.gevinst.process.Processes;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's processes: the list, a process's page with both diagrams, and the form its coordinators use. */
@Controller
@RequestMapping("/programmes/{id}/processes")
class ProcessPageController {

    /** The form of the buttons that remove a change's link, named apart from the form that makes one. */
    static final String UNLINK_FORM = "unlinkForm";

    private final Processes processes;
    private final Programmes programmes;
    private final People people;
    private final Networks networks;

    ProcessPageController(Processes processes, Programmes programmes, People people, Networks networks) {
        this.processes = processes;
        this.programmes = programmes;
        this.people = people;
        this.networks = networks;
    }

    @GetMapping
    String list(@PathVariable ProgrammeId id, Model model) {
        Programme programme = visible(id);
        List<Process> list = processes.processes(id);
        model.addAttribute("programme", programme);
        model.addAttribute("processes", list);
        model.addAttribute(
                "owners", people.findAll(list.stream().map(Process::owner).toList()));
        model.addAttribute("canEdit", processes.canCoordinate(id));
        return "process/list";
    }

    @GetMapping("/{process}")
    String show(@PathVariable ProgrammeId id, @PathVariable ProcessId process, Model model) {
        Programme programme = visible(id);
        Process p = existing(id, process);
        model.addAttribute("programme", programme);
        model.addAttribute("process", p);
        model.addAttribute("owner", people.find(p.owner()).map(Person::name).orElse(""));
        addOrganisationsAndIndicators(model, p);
        List<Diagram> drawn = addDiagrams(model, p);
        Map<String, NetworkNode> nodes =
                networks.of(id).nodes().stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        model.addAttribute("changes", Rows.changes(processes.changes(id, process), nodes, drawn));
        model.addAttribute(
                "changeChoices",
                nodes.values().stream()
                        .filter(n -> n.kind().isChange())
                        .sorted(Comparator.comparing(NetworkNode::label))
                        .toList());
        model.addAttribute("canEdit", processes.canCoordinate(id));
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new ChangeLinkForm());
        }
        if (!model.containsAttribute(UNLINK_FORM)) {
            model.addAttribute(UNLINK_FORM, new ChangeLinkForm());
        }
        return "process/show";
    }

    /** The organisations the process spans and its KPIs, as the programme allows them. */
    private void addOrganisationsAndIndicators(Model model, Process p) {
        Map<Object, Organisation> organisations = processes.eligibleOrganisations(p.programme()).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        model.addAttribute(
                "organisations",
                p.organisations().stream()
                        .map(organisations::get)
                        .filter(o -> o != null)
                        .toList());
        model.addAttribute(
                "indicators",
                processes.eligibleIndicators(p.programme()).stream()
                        .filter(i -> p.indicators().contains(i.id()))
                        .toList());
    }

    /** Both diagrams and the steps they draw, to-be first; answers the diagrams there are. */
    private List<Diagram> addDiagrams(Model model, Process p) {
        Diagram asIs =
                processes.diagram(p.programme(), p.id(), DiagramPhase.AS_IS).orElse(null);
        Diagram toBe =
                processes.diagram(p.programme(), p.id(), DiagramPhase.TO_BE).orElse(null);
        model.addAttribute("asIs", asIs);
        model.addAttribute("toBe", toBe);
        List<Diagram> drawn =
                java.util.stream.Stream.of(toBe, asIs).filter(d -> d != null).toList();
        model.addAttribute(
                "steps",
                drawn.stream().flatMap(d -> d.steps().stream()).distinct().toList());
        return drawn;
    }

    @GetMapping("/new")
    String newForm(@PathVariable ProgrammeId id, Model model) {
        processes.requireCoordinator(id);
        return form(model, visible(id), new ProcessForm(), null);
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @ModelAttribute("form") ProcessForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        processes.requireCoordinator(id);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> processes.create(id, form.toInput()),
                        Process::name,
                        created -> "/programmes/" + id + "/processes/" + created.id(),
                        "process.refused",
                        () -> form(model, visible(id), form, null));
    }

    @GetMapping("/{process}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable ProcessId process, Model model) {
        processes.requireCoordinator(id);
        return form(model, visible(id), ProcessForm.of(existing(id, process)), process);
    }

    @PostMapping("/{process}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @ModelAttribute("form") ProcessForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        processes.requireCoordinator(id);
        existing(id, process);
        return new FormPost(binding, redirect, response)
                .save(
                        () -> processes.update(id, process, form.toInput(), version(form.getVersion())),
                        Process::name,
                        updated -> "/programmes/" + id + "/processes/" + process,
                        null,
                        () -> form(model, visible(id), form, process));
    }

    private String form(Model model, Programme programme, ProcessForm form, ProcessId id) {
        List<Organisation> organisations = processes.eligibleOrganisations(programme.id());
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("processId", id);
        model.addAttribute("kinds", ProcessKind.values());
        model.addAttribute("organisations", organisations);
        List<Indicator> indicators = processes.eligibleIndicators(programme.id());
        model.addAttribute("indicators", indicators);
        model.addAttribute(
                "people",
                people
                        .inOrganisations(
                                organisations.stream().map(Organisation::id).toList())
                        .stream()
                        .sorted(Comparator.comparing(Person::name))
                        .toList());
        return "process/form";
    }

    static long version(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Process existing(ProgrammeId id, ProcessId process) {
        return processes.find(id, process).orElseThrow(() -> new NotFoundException("process", process));
    }
}
