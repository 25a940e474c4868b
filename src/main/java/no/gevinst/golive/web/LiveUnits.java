package no.gevinst.golive.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.LiveStatus;
import no.gevinst.golive.UnitGoLive;
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
        Map<ProgrammeId, LiveStatus> statuses =
                waves.liveStatus(programmes.stream().map(Programme::id).toList(), today);
        return programmes.stream()
                .filter(p -> statuses.containsKey(p.id()))
                .map(p -> line(p, statuses.get(p.id())))
                .toList();
    }

    private static Line line(Programme programme, LiveStatus status) {
        List<String> shown =
                status.live().stream().map(UnitGoLive::name).sorted().toList();
        return new Line(programme.id(), programme.name(), shown, status.liveCount(), status.total());
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
