package no.gevinst.benefit.domain;

import no.gevinst.programme.FrameworkItemUse;
import no.gevinst.shared.FrameworkItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the programme module how many benefits use one of its framework items, from the benefit module's own tables,
 * before the item is removed (issue 21): a benefit's area and priority areas must stay items of its programme.
 */
@Component
class BenefitsByFrameworkItem implements FrameworkItemUse {

    private static final String SQL = """
            SELECT count(*) FROM benefit b
            WHERE b.area_id = :item
               OR EXISTS (SELECT 1 FROM benefit_priority_area p WHERE p.benefit_id = b.id AND p.framework_item_id = :item)
            """;

    private final JdbcClient jdbc;

    BenefitsByFrameworkItem(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long benefitsUsing(FrameworkItemId item) {
        return jdbc.sql(SQL).param("item", item.value()).query(Long.class).single();
    }
}
