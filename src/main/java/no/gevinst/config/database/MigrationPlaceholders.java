package no.gevinst.config.database;

import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The names migrations write grants to: {@code ${appRole}} is the role Gevinst connects as. */
final class MigrationPlaceholders {

    private MigrationPlaceholders() {}

    static void applicationRole(FluentConfiguration flyway, String role) {
        Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
        placeholders.put("appRole", role);
        flyway.placeholders(placeholders);
    }
}
