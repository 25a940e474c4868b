package no.gevinst.portfolio.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.gevinst.portfolio.SignOff;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SignOffRepository {

    private final JdbcClient jdbc;

    SignOffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sign-offs of the benefits, in one query. */
    List<SignOff> ofBenefits(Collection<BenefitId> benefits) {
        if (benefits.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM actuals_sign_off WHERE benefit_id IN (:ids) ORDER BY period_end DESC")
                .param("ids", benefits.stream().map(BenefitId::value).toList())
                .query(this::map)
                .list();
    }

    boolean exists(SignOff s) {
        return jdbc.sql("""
                        SELECT count(*) FROM actuals_sign_off
                        WHERE benefit_id = :benefit AND organisation_id = :organisation
                          AND period_start = :start AND period_end = :end
                        """)
                        .param("benefit", s.benefit().value())
                        .param("organisation", s.organisation().value())
                        .param("start", s.periodStart())
                        .param("end", s.periodEnd())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** False when the same period was signed off for the organisation meanwhile. */
    boolean insert(SignOff s) {
        return jdbc.sql("""
                        INSERT INTO actuals_sign_off (id, benefit_id, organisation_id, period_start, period_end,
                                                      signed_by, signed_at, comment)
                        VALUES (:id, :benefit, :organisation, :start, :end, :by, :at, :comment)
                        ON CONFLICT (benefit_id, organisation_id, period_start, period_end) DO NOTHING
                        """)
                        .param("id", s.id())
                        .param("benefit", s.benefit().value())
                        .param("organisation", s.organisation().value())
                        .param("start", s.periodStart())
                        .param("end", s.periodEnd())
                        .param("by", s.signedBy())
                        .param("at", Timestamp.from(s.signedAt()))
                        .param("comment", s.comment())
                        .update()
                == 1;
    }

    private SignOff map(ResultSet rs, int rowNum) throws SQLException {
        return new SignOff(
                rs.getObject("id", UUID.class),
                new BenefitId(rs.getObject("benefit_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                rs.getString("signed_by"),
                rs.getTimestamp("signed_at").toInstant(),
                rs.getString("comment"));
    }
}
