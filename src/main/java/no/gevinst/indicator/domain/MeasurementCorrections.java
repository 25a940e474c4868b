package no.gevinst.indicator.domain;

import static no.gevinst.indicator.IndicatorFields.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Recording a batch of measurements of one indicator, and correcting one, keeping both and the reason. */
@Component
class MeasurementCorrections {

    private final MeasurementRepository repository;
    private final IndicatorAccess access;
    private final VisibleIndicators visible;
    private final IndicatorStatusRefresher refresher;
    private final MeasurementIntake intake;
    private final AuditLog auditLog;

    MeasurementCorrections(
            MeasurementRepository repository,
            IndicatorAccess access,
            VisibleIndicators visible,
            IndicatorStatusRefresher refresher,
            MeasurementIntake intake,
            AuditLog auditLog) {
        this.repository = repository;
        this.access = access;
        this.visible = visible;
        this.refresher = refresher;
        this.intake = intake;
        this.auditLog = auditLog;
    }

    RecordResult record(IndicatorId id, List<MeasurementCommand> rows, MeasurementSource source) {
        access.requireRecordAny(visible.existing(id));
        return intake.record(
                IntStream.range(0, rows.size())
                        .mapToObj(i -> new MeasurementIntake.IntakeRow(i + 1, id.toString(), rows.get(i)))
                        .iterator(),
                source,
                MeasurementIntake.Progress.NONE);
    }

    /** The indicator of a measurement the user may correct: one who may record for its organisation. */
    IndicatorId requireMayCorrect(MeasurementId id) {
        return correctable(old(id)).id();
    }

    Measurement correct(MeasurementId id, BigDecimal value, String reason) {
        Measurement old = old(id);
        Indicator indicator = correctable(old);
        BigDecimal corrected = corrected(indicator, old, value, reason);
        // The same period, place and provenance under a new id; the database stamps the time it is recorded.
        Measurement replacement = old.toBuilder()
                .id(MeasurementId.newId())
                .value(corrected)
                .recordedBy(access.actor())
                .recordedAt(null)
                .supersededBy(null)
                .supersedeReason(null)
                .build();
        // The old row gives way first (the reference is checked at commit), so that the unique key stays free.
        repository.supersede(id, replacement.id(), text(reason));
        repository.insert(replacement);
        auditLog.record(
                new AuditScope(access.auditScope(indicator).programme(), old.organisation()),
                "measurement",
                id,
                "correct",
                old,
                replacement);
        refresher.refresh(indicator.id());
        return replacement;
    }

    private Measurement old(MeasurementId id) {
        return repository.measurement(id).orElseThrow(() -> new NotFoundException("measurement", id));
    }

    private Indicator correctable(Measurement old) {
        Indicator indicator = visible.existing(old.indicator());
        if (!access.canRecord(indicator, old.organisation())) {
            throw new AccessDeniedException("May not correct measurements of " + indicator.name());
        }
        return indicator;
    }

    /** The corrected value, if the measurement is still current, the value fits the kind and a reason is given. */
    private static BigDecimal corrected(Indicator indicator, Measurement old, BigDecimal corrected, String reason) {
        Violations v = new Violations();
        if (!old.isCurrent()) {
            v.add("value", "measurement.alreadyCorrected");
        }
        if (!indicator.kind().accepts(corrected)) {
            v.add("value", "measurement.value.range." + indicator.kind().name(), corrected.toPlainString());
        }
        if (text(reason).isEmpty()) {
            v.add("reason", "measurement.correction.reason");
        }
        v.throwIfAny();
        return corrected;
    }
}
