package no.gevinst.plan.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.gevinst.plan.Measure;
import no.gevinst.plan.PlanId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads across the plans of several programmes at once, for the follow-up pages: one query each instead of one per
 * plan.
 */
@Repository
class FollowUpRepository {

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A measure with the plan it belongs to. */
    record PlannedMeasure(Measure measure, ProgrammeId programme, String planTitle) {}

    /** A version submitted for decision and not yet decided. */
    record AwaitingApproval(PlanId plan, ProgrammeId programme, String planTitle, int number, LocalDate submittedOn) {}

    /** Every measure of the programmes' plans, by deadline. */
    List<PlannedMeasure> measures(Collection<ProgrammeId> programmes) {
        return jdbc.sql("""
                        SELECT m.*, p.programme_id, p.title AS plan_title
                        FROM plan_measure m JOIN plan p ON p.id = m.plan_id
                        WHERE p.programme_id = ANY(:programmes)
                        ORDER BY m.deadline NULLS LAST, m.action
                        """)
                .param("programmes", ids(programmes))
                .query((rs, n) -> new PlannedMeasure(
                        PlanEntryRepository.measure(rs),
                        new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                        rs.getString("plan_title")))
                .list();
    }

    /** The measures of the programmes' plans whose deadline has passed and which are neither done nor cancelled. */
    List<PlannedMeasure> overdueMeasures(Collection<ProgrammeId> programmes, LocalDate today) {
        return jdbc.sql("""
                        SELECT m.*, p.programme_id, p.title AS plan_title
                        FROM plan_measure m JOIN plan p ON p.id = m.plan_id
                        WHERE p.programme_id = ANY(:programmes)
                          AND m.deadline < :today AND m.status NOT IN ('DONE', 'CANCELLED')
                        ORDER BY m.deadline, m.action
                        """)
                .param("programmes", ids(programmes))
                .param("today", today)
                .query((rs, n) -> new PlannedMeasure(
                        PlanEntryRepository.measure(rs),
                        new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                        rs.getString("plan_title")))
                .list();
    }

    /** The measures of the programmes' plans the person is responsible for and has not finished, by deadline. */
    List<PlannedMeasure> openMeasuresOf(PersonId responsible, Collection<ProgrammeId> programmes) {
        return jdbc.sql("""
                        SELECT m.*, p.programme_id, p.title AS plan_title
                        FROM plan_measure m JOIN plan p ON p.id = m.plan_id
                        WHERE p.programme_id = ANY(:programmes) AND m.responsible_id = :responsible
                          AND m.status NOT IN ('DONE', 'CANCELLED')
                        ORDER BY m.deadline NULLS LAST, m.action
                        """)
                .param("programmes", ids(programmes))
                .param("responsible", responsible.value())
                .query((rs, n) -> new PlannedMeasure(
                        PlanEntryRepository.measure(rs),
                        new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                        rs.getString("plan_title")))
                .list();
    }

    List<AwaitingApproval> awaitingApproval(Collection<ProgrammeId> programmes) {
        return jdbc.sql("""
                        SELECT v.plan_id, v.number, v.submitted_at, p.programme_id, p.title
                        FROM plan_version v JOIN plan p ON p.id = v.plan_id
                        WHERE p.programme_id = ANY(:programmes) AND v.status = 'SUBMITTED'
                        ORDER BY v.submitted_at
                        """)
                .param("programmes", ids(programmes))
                .query((rs, n) -> new AwaitingApproval(
                        new PlanId(rs.getObject("plan_id", UUID.class)),
                        new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                        rs.getString("title"),
                        rs.getInt("number"),
                        day(rs.getTimestamp("submitted_at"))))
                .list();
    }

    private static UUID[] ids(Collection<ProgrammeId> programmes) {
        return programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new);
    }

    private static LocalDate day(Timestamp at) {
        return at == null ? null : NorwegianTime.date(at.toInstant());
    }
}
