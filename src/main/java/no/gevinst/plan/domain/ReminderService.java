package no.gevinst.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.indicator.Indicators;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Reminders;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what is due across the programmes the user may see, in a handful of queries however many plans and
 * indicators there are: the indicators' latest period end is kept on each indicator, and the plans are read
 * together.
 */
@Service
@Transactional(readOnly = true)
class ReminderService implements Reminders {

    private final Programmes programmes;
    private final Indicators indicators;
    private final FollowUpRepository repository;
    private final Plans plans;

    ReminderService(Programmes programmes, Indicators indicators, FollowUpRepository repository, Plans plans) {
        this.programmes = programmes;
        this.indicators = indicators;
        this.repository = repository;
        this.plans = plans;
    }

    @Override
    public List<Reminder> forCurrentUser(LocalDate today) {
        return of(programmes.visible().stream().collect(Collectors.toMap(Programme::id, Function.identity())), today);
    }

    @Override
    public List<Reminder> inProgramme(ProgrammeId programme, LocalDate today) {
        return of(
                programmes.visible().stream()
                        .filter(p -> p.id().equals(programme))
                        .collect(Collectors.toMap(Programme::id, Function.identity())),
                today);
    }

    private List<Reminder> of(Map<ProgrammeId, Programme> visible, LocalDate today) {
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Reminder> reminders = new ArrayList<>();
        reminders.addAll(measurementsDue(visible, today));
        reminders.addAll(measuresOverdue(visible, today));
        reminders.addAll(plansAwaitingApproval(visible));
        reminders.sort(ORDER);
        return reminders;
    }

    private List<Reminder> measurementsDue(Map<ProgrammeId, Programme> visible, LocalDate today) {
        return indicators.dueMeasurements(visible.keySet(), today).stream()
                .map(due -> new Reminder(
                        Kind.MEASUREMENT_DUE,
                        due.programme(),
                        code(visible, due.programme()),
                        due.name(),
                        due.benefitCode(),
                        due.due(),
                        due.stale(),
                        "/indicators/" + due.indicator()))
                .toList();
    }

    private List<Reminder> measuresOverdue(Map<ProgrammeId, Programme> visible, LocalDate today) {
        return repository.overdueMeasures(visible.keySet(), today).stream()
                .map(planned -> {
                    Measure m = planned.measure();
                    return new Reminder(
                            Kind.MEASURE_DEADLINE,
                            planned.programme(),
                            code(visible, planned.programme()),
                            m.action(),
                            planned.planTitle(),
                            m.deadline(),
                            true,
                            "/plans/" + m.plan() + "#measures");
                })
                .toList();
    }

    private List<Reminder> plansAwaitingApproval(Map<ProgrammeId, Programme> visible) {
        return repository.awaitingApproval(visible.keySet()).stream()
                .map(waiting -> new Reminder(
                        Kind.PLAN_APPROVAL,
                        waiting.programme(),
                        code(visible, waiting.programme()),
                        waiting.planTitle(),
                        String.valueOf(waiting.number()),
                        waiting.submittedOn(),
                        false,
                        "/plans/" + waiting.plan() + "?version=" + waiting.number()))
                .toList();
    }

    @Override
    public List<PendingApproval> awaitingApproval() {
        Set<ProgrammeId> visible = programmes.visibleIds();
        if (visible.isEmpty()) {
            return List.of();
        }
        return repository.awaitingApproval(visible).stream()
                .map(w -> new PendingApproval(
                        w.plan(),
                        w.programme(),
                        w.planTitle(),
                        w.number(),
                        w.submittedOn(),
                        plans.canApprove(w.plan())))
                .toList();
    }

    @Override
    public List<AssignedMeasure> openMeasuresOf(PersonId responsible) {
        Set<ProgrammeId> visible = programmes.visibleIds();
        if (visible.isEmpty()) {
            return List.of();
        }
        return repository.openMeasuresOf(responsible, visible).stream()
                .map(m -> new AssignedMeasure(m.measure(), m.programme(), m.planTitle()))
                .toList();
    }

    private static String code(Map<ProgrammeId, Programme> visible, ProgrammeId programme) {
        return visible.get(programme).code();
    }
}
