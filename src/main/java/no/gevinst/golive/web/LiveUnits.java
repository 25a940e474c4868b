package no.gevinst.golive.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.Wave;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Which of a programme's organisations and units are live today, as the programme page and the dashboard show it:
 * "I bruk: St. Olavs hospital HF, Trondheim kommune (2 av 5)". Counted over the programme's owner and parties and
 * every unit named in a wave; live is a wave with a recorded actual date on or before today.
 */
@Component
class LiveUnits {

    private final GoLiveWaves waves;
    private final Organisations organisations;

    LiveUnits(GoLiveWaves waves, Organisations organisations) {
        this.waves = waves;
        this.organisations = organisations;
    }

    /**
     * One line for each programme that has waves, in the order given; programmes without waves have none.
     *
     * @param programmeId the programme's id, to link its waves page
     * @param live the names of the live organisations and units the user may see
     * @param liveCount how many are live, seen or not
     */
    record Line(ProgrammeId programmeId, String programme, List<String> live, int liveCount, int total) {}

    List<Line> lines(Collection<Programme> programmes, LocalDate today) {
        Map<ProgrammeId, List<Wave>> byProgramme =
                waves.waves(programmes.stream().map(Programme::id).toList());
        List<Programme> withWaves = programmes.stream()
                .filter(p -> !byProgramme.getOrDefault(p.id(), List.of()).isEmpty())
                .toList();
        if (withWaves.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, String> names = names(withWaves, byProgramme);
        return withWaves.stream()
                .map(p -> line(p, byProgramme.get(p.id()), names, today))
                .toList();
    }

    private static Line line(
            Programme programme, List<Wave> waves, Map<OrganisationId, String> names, LocalDate today) {
        Set<OrganisationId> all = new LinkedHashSet<>(programme.organisations());
        waves.forEach(w -> all.addAll(w.units()));
        List<OrganisationId> live = waves.stream()
                .filter(w -> w.liveOn(today))
                .flatMap(w -> w.units().stream())
                .distinct()
                .toList();
        List<String> shown = live.stream()
                .map(u -> names.getOrDefault(u, ""))
                .filter(n -> !n.isEmpty())
                .sorted()
                .toList();
        return new Line(programme.id(), programme.name(), shown, live.size(), all.size());
    }

    private Map<OrganisationId, String> names(List<Programme> programmes, Map<ProgrammeId, List<Wave>> waves) {
        Set<OrganisationId> ids = new LinkedHashSet<>();
        programmes.forEach(p -> {
            ids.addAll(p.organisations());
            waves.get(p.id()).forEach(w -> ids.addAll(w.units()));
        });
        return byId(ids).values().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    /**
     * Those of the organisations the user sees, by id. From the list of all of them, which a page request reads once
     * whoever asks, rather than a read of its own.
     */
    Map<OrganisationId, Organisation> byId(Collection<OrganisationId> ids) {
        Set<OrganisationId> wanted = Set.copyOf(ids);
        return organisations.all().stream()
                .filter(o -> wanted.contains(o.id()))
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}
