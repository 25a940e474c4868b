package no.gevinst.golive.domain;

import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefits;
import no.gevinst.golive.BaselineAnchor;
import no.gevinst.indicator.Indicators;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which unit's go-live an indicator's baseline is set at. Kept here, keyed by the indicator, so that the indicator's
 * own tables and its module know nothing of waves; the coordinators of the indicator's programme choose it.
 */
@Component
class BaselineAnchors {

    static final String ENTITY = "golive-baseline";
    static final String FIELD = "unit";

    private final AnchorRepository repository;
    private final Indicators indicators;
    private final Benefits benefits;
    private final Programmes programmes;
    private final ProgrammeUnits units;
    private final AuditLog auditLog;
    private final GoLiveMoves moves;

    BaselineAnchors(
            AnchorRepository repository,
            Indicators indicators,
            Benefits benefits,
            Programmes programmes,
            ProgrammeUnits units,
            AuditLog auditLog,
            GoLiveMoves moves) {
        this.moves = moves;
        this.repository = repository;
        this.indicators = indicators;
        this.benefits = benefits;
        this.programmes = programmes;
        this.units = units;
        this.auditLog = auditLog;
    }

    Optional<BaselineAnchor> find(IndicatorId indicator) {
        return repository.find(indicator);
    }

    boolean canEdit(IndicatorId indicator) {
        return programmes.canCoordinate(programmeOf(indicator).id());
    }

    /** Refuses a user who may not choose the unit, before anything they sent is judged; answers the programme. */
    Programme requireEditable(IndicatorId indicator) {
        Programme programme = programmeOf(indicator);
        if (!programmes.canCoordinate(programme.id())) {
            throw new AccessDeniedException("Does not coordinate the indicator's programme");
        }
        return programme;
    }

    /** Sets the unit, or clears it when the text is blank; nothing set counts as version 0. */
    Optional<BaselineAnchor> set(IndicatorId indicator, String unitText, long expectedVersion) {
        Programme programme = requireEditable(indicator);
        Optional<BaselineAnchor> before = repository.find(indicator);
        long current = before.map(BaselineAnchor::version).orElse(0L);
        if (current != expectedVersion) {
            throw new VersionConflictException(ENTITY, indicator, expectedVersion, current);
        }
        if (unitText == null || unitText.isBlank()) {
            before.ifPresent(b -> {
                if (!repository.delete(indicator, expectedVersion)) {
                    throw new VersionConflictException(ENTITY, indicator, expectedVersion, -1);
                }
                auditLog.record(AuditScope.of(programme.id()), ENTITY, indicator, "delete", b, null);
                moves.anchorWritten(programme.id(), indicator);
            });
            return Optional.empty();
        }
        BaselineAnchor after = new BaselineAnchor(indicator, eligible(programme, unitText), expectedVersion + 1);
        boolean written = before.isPresent() ? repository.update(after, expectedVersion) : repository.insert(after);
        if (!written) {
            throw new VersionConflictException(ENTITY, indicator, expectedVersion, -1);
        }
        auditLog.record(
                AuditScope.of(programme.id(), after.unit()),
                ENTITY,
                indicator,
                before.isPresent() ? "update" : "create",
                before.orElse(null),
                after);
        moves.anchorWritten(programme.id(), indicator);
        return Optional.of(after);
    }

    private OrganisationId eligible(Programme programme, String text) {
        Optional<OrganisationId> unit = Ids.parse(text, OrganisationId::new);
        if (unit.isEmpty()) {
            throw InvalidInputException.of(FIELD, "golive.unit.invalid", WaveInputs.shown(text));
        }
        if (units.of(programme).stream().noneMatch(o -> o.id().equals(unit.get()))) {
            throw InvalidInputException.of(FIELD, "golive.unit.notOfParty", WaveInputs.shown(text), programme.name());
        }
        return unit.get();
    }

    private Programme programmeOf(IndicatorId indicator) {
        return indicators
                .find(indicator)
                .flatMap(i -> benefits.find(i.benefit()))
                .flatMap(b -> programmes.find(b.programme()))
                .orElseThrow(() -> new NotFoundException("indicator", indicator));
    }
}
