package no.gevinst.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The small tables of the generated region: its organisations with valid organisation numbers, people, and ten
 * programmes that copy the demo programme's framework (areas, priority areas, objectives) and economic settings.
 * The demo coordinator's organisation is a party of each, so that the benchmark's user sees the whole region.
 */
final class RegionSetting {

    private final Connection connection;

    RegionSetting(Connection connection) {
        this.connection = connection;
    }

    void create(
            List<UUID> organisations,
            Map<UUID, List<UUID>> people,
            List<UUID> programmes,
            Map<UUID, List<UUID>> areas,
            Map<UUID, List<UUID>> priorityAreas)
            throws SQLException {
        organisations(organisations);
        UUID template = single("SELECT programme_id FROM framework_item GROUP BY programme_id"
                + " ORDER BY count(*) DESC, programme_id LIMIT 1");
        UUID viewer = single("SELECT r.organisation_id FROM role_assignment r JOIN app_user u ON u.id = r.user_id"
                + " WHERE u.username = 'kari' AND r.organisation_id IS NOT NULL LIMIT 1");
        for (int p = 0; p < RegionShape.PROGRAMMES; p++) {
            List<UUID> parties = parties(p, organisations, viewer);
            UUID programme = programme(p, parties, template);
            programmes.add(programme);
            people.put(programme, people(p, parties));
            areas.put(programme, ids(programme, "AREA"));
            priorityAreas.put(programme, ids(programme, "PRIORITY_AREA"));
        }
    }

    /** A regional health authority, nine health trusts under it, 25 municipalities and 15 GP offices. */
    private void organisations(List<UUID> organisations) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO organisation (id, name, type, organisation_number, parent_id) VALUES (?, ?, ?, ?, ?)")) {
            int base = 97_100_000;
            for (int o = 0; o < RegionShape.ORGANISATIONS; o++) {
                String number;
                do {
                    number = withCheckDigit(base++);
                } while (number == null);
                UUID id = UUID.randomUUID();
                String type = o == 0 ? "RHF" : o < 10 ? "HF" : o < 35 ? "KOMMUNE" : "FASTLEGEKONTOR";
                String name = switch (type) {
                    case "RHF" -> "Helse Region Benchmark RHF";
                    case "HF" -> "Helseforetak " + o + " HF";
                    case "KOMMUNE" -> "Regionkommune " + (o - 9);
                    default -> "Legekontoret nr. " + (o - 34);
                };
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.setString(3, type);
                insert.setString(4, number);
                insert.setObject(5, o > 0 && o < 10 ? organisations.getFirst() : null);
                insert.addBatch();
                organisations.add(id);
            }
            insert.executeBatch();
        }
    }

    /** Nine digits with the modulus 11 check digit of Brønnøysundregistrene; null when no check digit exists. */
    static String withCheckDigit(int eightDigits) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        String digits = Integer.toString(eightDigits);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? null : digits + check;
    }

    /**
     * The programme's owner (a health trust), a municipality, a GP office, the regional authority and the demo
     * coordinator's organisation.
     */
    private static List<UUID> parties(int p, List<UUID> organisations, UUID viewer) {
        List<UUID> parties = new ArrayList<>(List.of(
                organisations.get(1 + p % 9),
                organisations.get(10 + p),
                organisations.get(35 + p),
                organisations.getFirst()));
        if (viewer != null) {
            parties.add(viewer);
        }
        return parties.stream().distinct().toList();
    }

    /** Ten people in the programme's parties: benefit owners and responsible persons come from a party. */
    private List<UUID> people(int p, List<UUID> parties) throws SQLException {
        List<UUID> people = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO person (id, name, title, organisation_id) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < 10; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, "Regionperson " + (p + 1) + "-" + (i + 1));
                insert.setString(3, i % 2 == 0 ? "Gevinsteier" : "Måleansvarlig");
                insert.setObject(4, parties.get(i % (parties.size() - 1)));
                insert.addBatch();
                people.add(id);
            }
            insert.executeBatch();
        }
        return people;
    }

    private UUID programme(int p, List<UUID> parties, UUID template) throws SQLException {
        UUID id = UUID.randomUUID();
        UUID owner = parties.getFirst();
        update(
                "INSERT INTO programme (id, code, name, description, owner_organisation_id, current_phase)"
                        + " VALUES (?, ?, ?, ?, ?, 'REALISE')",
                id,
                "%s%02d".formatted(RegionGenerator.CODE_PREFIX, p + 1),
                "Regionprogram " + (p + 1),
                "Generert av RegionBenchmark",
                owner);
        for (UUID party : parties) {
            update("INSERT INTO programme_party (programme_id, organisation_id) VALUES (?, ?)", id, party);
        }
        update(
                "INSERT INTO framework_item (id, programme_id, kind, name, position)"
                        + " SELECT gen_random_uuid(), ?, kind, name, position FROM framework_item WHERE programme_id = ?",
                id,
                template);
        update(
                "INSERT INTO objective (id, programme_id, number, description)"
                        + " SELECT gen_random_uuid(), ?, number, description FROM objective WHERE programme_id = ?",
                id,
                template);
        // The benefit module's copies of the framework's names and the objectives' numbers (V58), as the programme
        // module's events would keep them.
        update(
                "INSERT INTO benefit_framework_name (framework_item_id, programme_id, kind, name)"
                        + " SELECT id, programme_id, kind, name FROM framework_item WHERE programme_id = ?",
                id);
        update(
                "INSERT INTO benefit_objective_number (objective_id, programme_id, number)"
                        + " SELECT id, programme_id, number FROM objective WHERE programme_id = ?",
                id);
        copyValuationSettings(id, template);
        return id;
    }

    /** The template's economic settings, whatever columns later migrations added to them. */
    private void copyValuationSettings(UUID programme, UUID template) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = 'valuation_settings'"
                                + " AND table_schema = current_schema()"
                                + " AND column_name NOT IN ('programme_id', 'version') ORDER BY ordinal_position");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        String list = String.join(", ", columns);
        update(
                "INSERT INTO valuation_settings (programme_id, " + list + ") SELECT ?, " + list
                        + " FROM valuation_settings WHERE programme_id = ?",
                programme,
                template);
    }

    private List<UUID> ids(UUID programme, String kind) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM framework_item WHERE programme_id = ? AND kind = ? ORDER BY position")) {
            query.setObject(1, programme);
            query.setString(2, kind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The demo programme has no " + kind + " to copy");
        }
        return ids;
    }

    private UUID single(String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getObject(1, UUID.class) : null;
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
