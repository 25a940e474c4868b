package no.gevinst.benefit.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.BenefitWritten;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the modules that keep a copy of a benefit's placing ({@link BenefitWritten}) of each stored benefit, in the
 * transaction of the write. Every write of a benefit's programme, code, status or allocations goes through here.
 */
@Component
public class BenefitNews {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    BenefitNews(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void announce(Benefit written) {
        events.publishEvent(BenefitWritten.of(written));
    }

    /** Each of the benefits as it is stored now (after rows were written directly): one read. */
    public void announce(Collection<BenefitId> benefits) {
        if (benefits.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        SELECT b.id, b.programme_id, b.code, b.status,
                          ARRAY(SELECT organisation_id FROM benefit_allocation WHERE benefit_id = b.id) AS allocated
                        FROM benefit b WHERE b.id = ANY(:ids)
                        """)
                .param("ids", benefits.stream().map(BenefitId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new BenefitWritten(
                        new BenefitId(rs.getObject("id", UUID.class)),
                        new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                        rs.getString("code"),
                        BenefitStatus.valueOf(rs.getString("status")),
                        Arrays.stream((UUID[]) rs.getArray("allocated").getArray())
                                .map(OrganisationId::new)
                                .toList()))
                .list()
                .forEach(events::publishEvent);
    }
}
