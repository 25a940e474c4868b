package no.gevinst.golive.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.golive.BaselineAnchor;
import no.gevinst.golive.GoLive;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.LiveStatus;
import no.gevinst.golive.Wave;
import no.gevinst.golive.WaveId;
import no.gevinst.golive.WaveInput;
import no.gevinst.organisation.Organisation;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class WaveService implements GoLiveWaves {

    static final String ENTITY = "golive-wave";

    private final WaveRepository repository;
    private final Programmes programmes;
    private final ProgrammeUnits units;
    private final WaveInputs inputs;
    private final BaselineAnchors anchors;
    private final LiveStatuses statuses;
    private final AuditLog auditLog;
    private final GoLiveMoves moves;

    WaveService(
            WaveRepository repository,
            Programmes programmes,
            ProgrammeUnits units,
            WaveInputs inputs,
            BaselineAnchors anchors,
            LiveStatuses statuses,
            AuditLog auditLog,
            GoLiveMoves moves) {
        this.moves = moves;
        this.repository = repository;
        this.programmes = programmes;
        this.units = units;
        this.inputs = inputs;
        this.anchors = anchors;
        this.statuses = statuses;
        this.auditLog = auditLog;
    }

    @Override
    public List<Wave> waves(ProgrammeId programme) {
        visible(programme);
        return repository.ofProgrammes(List.of(programme));
    }

    @Override
    public Map<ProgrammeId, List<Wave>> waves(Collection<ProgrammeId> asked) {
        Set<ProgrammeId> visible = programmes.visibleIds();
        List<ProgrammeId> shown =
                asked.stream().filter(visible::contains).distinct().toList();
        Map<ProgrammeId, List<Wave>> byProgramme = new LinkedHashMap<>();
        shown.forEach(p -> byProgramme.put(p, new ArrayList<>()));
        repository
                .ofProgrammes(shown)
                .forEach(w -> byProgramme.get(w.programme()).add(w));
        return byProgramme;
    }

    @Override
    public Optional<Wave> find(ProgrammeId programme, WaveId wave) {
        visible(programme);
        return repository.find(wave).filter(w -> w.programme().equals(programme));
    }

    @Override
    public boolean canEdit(ProgrammeId programme) {
        return programmes.canCoordinate(programme);
    }

    @Override
    public void requireEditable(ProgrammeId programme) {
        visible(programme);
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Does not coordinate programme " + programme);
        }
    }

    @Override
    @Transactional
    public Wave create(ProgrammeId programme, WaveInput input) {
        requireEditable(programme);
        WaveId id = WaveId.newId();
        Wave wave = inputs.wave(id, visible(programme), input, 0);
        repository.insert(wave);
        auditLog.record(AuditScope.of(programme), ENTITY, id, "create", null, wave);
        moves.waveWritten(null, wave);
        return wave;
    }

    @Override
    @Transactional
    public Wave update(ProgrammeId programme, WaveId id, WaveInput input, long expectedVersion) {
        requireEditable(programme);
        Wave before = existing(programme, id);
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Wave after = inputs.wave(id, visible(programme), input, expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, current(id));
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "update", before, after);
        moves.waveWritten(before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(ProgrammeId programme, WaveId id, long expectedVersion) {
        requireEditable(programme);
        Wave before = existing(programme, id);
        if (before.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, current(id));
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "delete", before, null);
        moves.waveWritten(before, null);
    }

    @Override
    public Optional<GoLive> goLive(ProgrammeId programme, OrganisationId unit) {
        Map<OrganisationId, Wave> waveOf = waveOfUnit(waves(programme));
        for (OrganisationId up : ProgrammeUnits.ancestry(unit, units.visibleById())) {
            Wave wave = waveOf.get(up);
            if (wave != null) {
                return Optional.of(GoLive.of(unit, up, wave));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<GoLive> liveOn(ProgrammeId programme, LocalDate day) {
        return waves(programme).stream()
                .filter(w -> w.liveOn(day))
                .flatMap(w -> w.units().stream().map(u -> GoLive.of(u, u, w)))
                .toList();
    }

    @Override
    public Map<ProgrammeId, LiveStatus> liveStatus(Collection<ProgrammeId> programmes, LocalDate day) {
        return statuses.of(programmes, day);
    }

    @Override
    public List<OrganisationId> eligibleUnits(ProgrammeId programme) {
        return units.of(visible(programme)).stream().map(Organisation::id).toList();
    }

    @Override
    public void requireAnchorEditable(IndicatorId indicator) {
        anchors.requireEditable(indicator);
    }

    @Override
    public boolean canAnchor(IndicatorId indicator) {
        return anchors.canEdit(indicator);
    }

    @Override
    public Optional<BaselineAnchor> anchor(IndicatorId indicator) {
        return anchors.find(indicator);
    }

    @Override
    @Transactional
    public Optional<BaselineAnchor> anchor(IndicatorId indicator, String unit, long expectedVersion) {
        return anchors.set(indicator, unit, expectedVersion);
    }

    /** The unit → wave of the waves; a unit is in one wave of a programme at most. */
    private static Map<OrganisationId, Wave> waveOfUnit(List<Wave> waves) {
        Map<OrganisationId, Wave> waveOf = new LinkedHashMap<>();
        waves.forEach(w -> w.units().forEach(u -> waveOf.putIfAbsent(u, w)));
        return waveOf;
    }

    private Programme visible(ProgrammeId programme) {
        return programmes.require(programme);
    }

    private Wave existing(ProgrammeId programme, WaveId id) {
        return repository
                .find(id)
                .filter(w -> w.programme().equals(programme))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private long current(WaveId id) {
        return repository.find(id).map(Wave::version).orElse(-1L);
    }
}
