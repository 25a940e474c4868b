package no.gevinst.indicator.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.benefit.IndicatorStatusChanged;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Rag;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;

/** What is stored on an indicator of its status, as the benefit module's register keeps a copy of it. */
record StoredStatus(IndicatorId id, BenefitId benefit, Rag rag, LocalDate lastPeriodEnd, Frequency frequency) {

    /** The columns {@link #map} reads. */
    static final String COLUMNS = "id, benefit_id, rag, last_period_end, frequency";

    /** A new indicator's: no light, never measured. */
    static StoredStatus of(Indicator created) {
        return new StoredStatus(created.id(), created.benefit(), Rag.NONE, null, created.frequency());
    }

    static StoredStatus map(ResultSet rs, int n) throws SQLException {
        return new StoredStatus(
                new IndicatorId(rs.getObject("id", UUID.class)),
                new BenefitId(rs.getObject("benefit_id", UUID.class)),
                Rag.valueOf(rs.getString("rag")),
                rs.getObject("last_period_end", LocalDate.class),
                Frequency.valueOf(rs.getString("frequency")));
    }

    IndicatorStatusChanged changed() {
        return new IndicatorStatusChanged(
                id,
                benefit,
                IndicatorStatusChanged.Light.valueOf(rag.name()),
                lastPeriodEnd,
                lastPeriodEnd == null ? null : frequency.staleAfter(lastPeriodEnd));
    }
}
