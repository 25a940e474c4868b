package no.gevinst.golive.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.golive.LiveStatus;
import no.gevinst.golive.UnitGoLive;
import no.gevinst.golive.Wave;
import no.gevinst.organisation.Organisation;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Which of a programme's organisations and units are live on a day: one read of the programmes, one of the waves and
 * the organisations the user sees, whatever the number of programmes.
 */
@Component
class LiveStatuses {

    private final Programmes programmes;
    private final WaveRepository repository;
    private final ProgrammeUnits units;

    LiveStatuses(Programmes programmes, WaveRepository repository, ProgrammeUnits units) {
        this.programmes = programmes;
        this.repository = repository;
        this.units = units;
    }

    Map<ProgrammeId, LiveStatus> of(Collection<ProgrammeId> asked, LocalDate day) {
        Set<ProgrammeId> wanted = Set.copyOf(asked);
        List<Programme> shown = programmes.visible().stream()
                .filter(p -> wanted.contains(p.id()))
                .toList();
        Map<ProgrammeId, List<Wave>> waves = new LinkedHashMap<>();
        repository
                .ofProgrammes(shown.stream().map(Programme::id).toList())
                .forEach(w -> waves.computeIfAbsent(w.programme(), p -> new ArrayList<>())
                        .add(w));
        Map<ProgrammeId, LiveStatus> statuses = new LinkedHashMap<>();
        if (waves.isEmpty()) {
            return statuses;
        }
        Map<OrganisationId, Organisation> seen = units.visibleById();
        shown.stream()
                .filter(p -> waves.containsKey(p.id()))
                .forEach(p -> statuses.put(p.id(), status(p, waves.get(p.id()), seen, day)));
        return statuses;
    }

    static LiveStatus status(
            Programme programme, List<Wave> waves, Map<OrganisationId, Organisation> seen, LocalDate day) {
        Map<OrganisationId, Wave> waveOf = new LinkedHashMap<>();
        waves.forEach(w -> w.units().forEach(u -> waveOf.putIfAbsent(u, w)));
        Set<OrganisationId> all = new LinkedHashSet<>(programme.organisations());
        all.addAll(waveOf.keySet());
        int live = (int) waveOf.values().stream().filter(w -> w.liveOn(day)).count();
        List<UnitGoLive> listed = all.stream()
                .filter(seen::containsKey)
                .map(u -> unit(seen.get(u), waveOf.get(u), day))
                .sorted(Comparator.comparing((UnitGoLive u) -> !u.live())
                        .thenComparing(u -> !u.inWave())
                        .thenComparing(UnitGoLive::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(UnitGoLive::name))
                .toList();
        return new LiveStatus(programme.id(), listed, live, all.size(), waveOf.size());
    }

    private static UnitGoLive unit(Organisation organisation, Wave wave, LocalDate day) {
        return new UnitGoLive(
                organisation.id(),
                organisation.name(),
                organisation.organisationNumber().value(),
                wave == null ? null : wave.id(),
                wave == null ? null : wave.name(),
                wave == null ? null : wave.goLiveDate(),
                wave != null && wave.actualDate() != null,
                wave != null && wave.liveOn(day));
    }
}
