package no.gevinst.golive.domain;

import java.util.Optional;
import java.util.UUID;
import no.gevinst.golive.BaselineAnchor;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which unit's go-live each indicator's baseline is set at. */
@Repository
class AnchorRepository {

    private final JdbcClient jdbc;

    AnchorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BaselineAnchor> find(IndicatorId indicator) {
        return jdbc.sql("SELECT organisation_id, version FROM golive_baseline_anchor WHERE indicator_id = :id")
                .param("id", indicator.value())
                .query((rs, n) -> new BaselineAnchor(
                        indicator,
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getLong("version")))
                .optional();
    }

    /** Creates the anchor if none was there; answers whether it did (false when someone else made one first). */
    boolean insert(BaselineAnchor anchor) {
        return jdbc.sql("""
                                INSERT INTO golive_baseline_anchor (indicator_id, organisation_id, version)
                                VALUES (:id, :unit, :version) ON CONFLICT (indicator_id) DO NOTHING
                                """)
                        .param("id", anchor.indicator().value())
                        .param("unit", anchor.unit().value())
                        .param("version", anchor.version())
                        .update()
                == 1;
    }

    boolean update(BaselineAnchor anchor, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE golive_baseline_anchor SET organisation_id = :unit, version = :version
                                WHERE indicator_id = :id AND version = :expected
                                """)
                        .param("id", anchor.indicator().value())
                        .param("unit", anchor.unit().value())
                        .param("version", anchor.version())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    boolean delete(IndicatorId indicator, long expectedVersion) {
        return jdbc.sql("DELETE FROM golive_baseline_anchor WHERE indicator_id = :id AND version = :expected")
                        .param("id", indicator.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }
}
