package no.gevinst.plan;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * What waits for the user in the programmes they may see: measurements that are due, measures past their deadline
 * and plan versions awaiting approval.
 */
public interface Reminders {

    /** The current user's reminders, the overdue first, each group by date. */
    List<Reminder> forCurrentUser(LocalDate today);

    /**
     * The current user's reminders in one programme they may see (none when they may not), in the same order: what
     * {@link #forCurrentUser} gives of that programme, so that the programmes' lists merged by {@link #ORDER} are it.
     */
    List<Reminder> inProgramme(ProgrammeId programme, LocalDate today);

    /**
     * The overdue first, then by date (a reminder without one last) and by what is to be done; ties by kind,
     * programme and where it is done, so that any list of reminders has one order whatever it was put together from.
     */
    java.util.Comparator<Reminder> ORDER = java.util.Comparator.comparing((Reminder r) -> !r.overdue())
            .thenComparing(Reminder::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(Reminder::what)
            .thenComparing(Reminder::kind)
            .thenComparing(
                    Reminder::programmeCode, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Reminder::context, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Reminder::path);

    /**
     * The plan versions submitted for decision in the programmes the user may see, the longest waiting first, each
     * saying whether the user may decide it (as {@link Plans#canApprove} does).
     */
    List<PendingApproval> awaitingApproval();

    /**
     * The measures the person is responsible for that are neither done nor cancelled, in the programmes the user may
     * see, by deadline (those without one last).
     */
    List<AssignedMeasure> openMeasuresOf(PersonId responsible);

    /** A plan version awaiting decision; its page is {@code /plans/{plan}?version={number}}. */
    record PendingApproval(
            PlanId plan,
            ProgrammeId programme,
            String planTitle,
            int number,
            LocalDate submittedOn,
            boolean mayApprove) {}

    /** A measure with the plan it belongs to; its page is {@code /plans/{plan}#measures}. */
    record AssignedMeasure(Measure measure, ProgrammeId programme, String planTitle) {}

    /**
     * One thing to do.
     *
     * @param what the indicator's name, the measure's action or the plan's title
     * @param context the benefit's code, the measure's plan, or the number of the version awaiting approval
     * @param date when the measurement was due, the measure's deadline, or when the version was submitted
     * @param overdue a measurement so late that the indicator is stale, or a measure past its deadline
     * @param path the page where it is done
     */
    record Reminder(
            Kind kind,
            ProgrammeId programme,
            String programmeCode,
            String what,
            String context,
            LocalDate date,
            boolean overdue,
            String path) {}

    enum Kind {
        MEASUREMENT_DUE,
        MEASURE_DEADLINE,
        PLAN_APPROVAL
    }
}
