package no.gevinst.lesson.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import no.gevinst.lesson.LessonPage;
import no.gevinst.lesson.LessonQuery;
import no.gevinst.lesson.Lessons;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lessons of every programme the user sees, searched by words and filtered by phase, benefit area and programme,
 * a page at a time; and the pilots of the same programmes below them.
 */
@Controller
class LessonSearchController {

    private final Lessons lessons;
    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;

    LessonSearchController(Lessons lessons, Programmes programmes, Organisations organisations, People people) {
        this.lessons = lessons;
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/lessons")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "phase", required = false) String phase,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "page", required = false) String page,
            Model model,
            HttpServletResponse response) {
        LessonQuery query;
        try {
            query = LessonQuery.parse(q, phase, area, programme, page);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "queryErrors",
                    e.violations().stream().map(FieldViolation::field).toList());
            query = LessonQuery.all();
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("phaseParam", phase == null ? "" : phase);
        model.addAttribute("areaParam", area == null ? "" : area);
        model.addAttribute("programmeParam", programme == null ? "" : programme);
        addLessons(model, query);
        addPilots(model, query);
        return "lesson/search";
    }

    private void addLessons(Model model, LessonQuery query) {
        List<Programme> visible = programmes.visible();
        LessonPage result = lessons.search(query);
        model.addAttribute("result", result);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("programmes", visible);
        model.addAttribute("programmeNames", names(visible));
        model.addAttribute("areaNames", areas(visible));
        List<Programme> writable =
                visible.stream().filter(p -> lessons.canWrite(p.id())).toList();
        model.addAttribute("writable", writable);
        model.addAttribute("writableIds", writable.stream().map(Programme::id).collect(Collectors.toSet()));
    }

    private void addPilots(Model model, LessonQuery query) {
        var pilots = lessons.pilots(Optional.ofNullable(query.programme()));
        model.addAttribute("pilots", pilots);
        model.addAttribute(
                "unitNames",
                unitNames(pilots.stream().map(p -> p.unit()).distinct().toList()));
        model.addAttribute(
                "deciderNames",
                people
                        .findAll(pilots.stream()
                                .map(p -> p.decidedBy())
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet()))
                        .entrySet()
                        .stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().name())));
    }

    private static Map<ProgrammeId, String> names(List<Programme> visible) {
        Map<ProgrammeId, String> names = new LinkedHashMap<>();
        visible.forEach(p -> names.put(p.id(), p.code()));
        return names;
    }

    /** Every benefit area of the programmes, named with its programme's code. */
    private static Map<FrameworkItemId, String> areas(List<Programme> visible) {
        Map<FrameworkItemId, String> areas = new LinkedHashMap<>();
        for (Programme p : visible) {
            for (FrameworkItem item : p.areas()) {
                areas.put(item.id(), p.code() + ": " + item.name());
            }
        }
        return areas;
    }

    private Map<OrganisationId, String> unitNames(List<OrganisationId> ids) {
        Map<OrganisationId, String> names = new LinkedHashMap<>();
        organisations.findAll(ids).forEach((Organisation o) -> names.put(o.id(), o.name()));
        return names;
    }
}
