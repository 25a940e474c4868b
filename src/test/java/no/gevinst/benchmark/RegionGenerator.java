package no.gevinst.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates a region-sized portfolio with {@code COPY}: 50 organisations (a regional health authority, health
 * trusts, municipalities and GP offices), ten programmes, the benefits, their indicators with baselines and targets,
 * priced benefits, and the measurement history, monthly, quarterly or yearly over ten years from one to forty units
 * each. The history is written period by period, as it would have arrived, so that one indicator's rows lie spread
 * over the table as in a real database. Afterwards the maintained roll-ups (if this build has them) and every
 * generated indicator's stored traffic light are recomputed from the rows, and the statistics refreshed.
 */
final class RegionGenerator {

    static final String CODE_PREFIX = "REG";

    /** How much to generate. */
    record Sizes(int benefits, int indicators, long measurements, int priced) {

        static Sizes scaled(double scale) {
            int benefits = Math.max(20, (int) Math.round(20_000 * scale));
            return new Sizes(
                    benefits,
                    benefits * RegionShape.INDICATORS_PER_BENEFIT,
                    Math.max(1_000, Math.round(10_000_000 * scale)),
                    Math.max(3, benefits / 7));
        }
    }

    private final Connection connection;
    private final boolean owner;
    private final RegionShape shape = new RegionShape(LocalDate.now());
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final List<UUID> organisations = new ArrayList<>();
    private final Map<UUID, List<UUID>> people = new HashMap<>();
    private final List<UUID> programmes = new ArrayList<>();
    private final Map<UUID, List<UUID>> areas = new HashMap<>();
    private final Map<UUID, List<UUID>> priorityAreas = new HashMap<>();

    /**
     * @param owner whether the connection is the schema's owner, who may drop and rebuild the measurement table's
     *     indexes and keys around the load (much faster than maintaining them row by row)
     */
    RegionGenerator(Connection connection, boolean owner) {
        this.connection = connection;
        this.owner = owner;
    }

    /** Generates everything; answers how long each phase took, in milliseconds. */
    Map<String, Long> generate(Sizes sizes) throws Exception {
        connection.setAutoCommit(true);
        phase(
                "organisations, people, programmes",
                () -> new RegionSetting(connection).create(organisations, people, programmes, areas, priorityAreas));
        phase("benefits, priority areas, valuations (COPY)", () -> benefits(sizes));
        phase("indicators, baselines, targets (COPY)", () -> indicators(sizes));
        // The indicator and valuation modules' copies of each benefit (V57), as the benefit module's event would keep
        // them.
        phase("benefit copies of the indicator and valuation modules", this::benefitCopies);
        MeasurementTable table = new MeasurementTable(connection, owner);
        phase("measurements: drop indexes and keys", table::dropIndexesAndKeys);
        phase("measurements: COPY", () -> measurements(sizes));
        phase("measurements: rebuild indexes and keys", table::restoreIndexesAndKeys);
        phase("roll-ups: indicator_rollups_rebuild()", this::rebuildRollups);
        phase("stored traffic lights", () -> RegionStatuses.recompute(connection, CODE_PREFIX));
        phase(owner ? "VACUUM ANALYZE" : "ANALYZE", () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(owner ? "VACUUM (ANALYZE)" : "ANALYZE");
            }
        });
        return phases;
    }

    private void benefitCopies() throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(RegisterStatusCopy.INDICATOR_BENEFITS);
            statement.executeUpdate(RegisterStatusCopy.VALUATION_BENEFITS);
        }
    }

    private void benefits(Sizes sizes) throws Exception {
        String[] statuses = {"IDENTIFIED", "PRIORITISED", "PLANNED", "REALISING", "REALISED", "CLOSED"};
        String[] classes = {"CASH_RELEASING", "CAPACITY", "OTHER_PUBLIC", "NON_PRICED"};
        String[] priorities = {"HIGH", "MEDIUM", "LOW"};
        try (CsvCopy copy = CsvCopy.into(
                connection,
                "benefit",
                "id, programme_id, code, title, description, observable_outcome, attribution, kind, area_id,"
                        + " benefit_class, owner_id, responsible_id, priority, priority_rationale, status,"
                        + " expected_start, full_effect")) {
            for (int b = 0; b < sizes.benefits(); b++) {
                UUID programme = programmes.get(b % programmes.size());
                LocalDate start = LocalDate.of(2018, 1, 1).plusDays(b % 2_500);
                copy.field(RegionShape.benefitId(b))
                        .field(programme)
                        .field(code(b))
                        .text("Regiongevinst nr. " + b + ": færre manuelle registreringer i " + (1 + b % 50))
                        .text("Beskrivelse av gevinst " + b)
                        .text(b % 3 == 0 ? "" : "Observerbart utfall")
                        .text("Attribusjon")
                        .field(b % 25 == 24 ? "DISBENEFIT" : "BENEFIT")
                        .field(areas.get(programme).get(b % areas.get(programme).size()))
                        .field(classes[b % 4])
                        .field(people.get(programme).get(b % 10))
                        .field(people.get(programme).get((b + 3) % 10))
                        .field(priorities[b % 3])
                        .text("Begrunnet")
                        .field(statuses[b % statuses.length])
                        .field(start)
                        .field(start.plusYears(3))
                        .endRow();
            }
        }
        try (CsvCopy copy = CsvCopy.into(connection, "benefit_priority_area", "benefit_id, framework_item_id")) {
            for (int b = 0; b < sizes.benefits(); b++) {
                List<UUID> items = priorityAreas.get(programmes.get(b % programmes.size()));
                copy.field(RegionShape.benefitId(b))
                        .field(items.get(RegionShape.mix(b) % items.size()))
                        .endRow();
            }
        }
        // Priced benefits, as DashboardBenchmark prices them: avoided yearly costs phased in over three years.
        try (CsvCopy copy = CsvCopy.into(
                connection,
                "benefit_valuation",
                "benefit_id, actor, model_kind, parameters, phase_in_first, phase_in_shares")) {
            int every = Math.max(1, sizes.benefits() / sizes.priced());
            for (int b = 0; b < sizes.benefits(); b += every) {
                copy.field(RegionShape.benefitId(b))
                        .field("OWN_ORGANISATION")
                        .field("AVOIDED_YEARLY_COST")
                        .text("{\"amount\": \"" + (100_000 + RegionShape.mix(b) % 900_000) + "\"}")
                        .field(2023 + b % 3)
                        .text("{0.3,0.7,1}")
                        .endRow();
            }
        }
    }

    private void indicators(Sizes sizes) throws Exception {
        try (CsvCopy copy = CsvCopy.into(
                connection,
                "indicator",
                "id, benefit_id, name, unit, direction, kind, frequency, amber_tolerance, red_tolerance, scope")) {
            for (int i = 0; i < sizes.indicators(); i++) {
                int benefit = i / RegionShape.INDICATORS_PER_BENEFIT;
                copy.field(RegionShape.indicatorId(i))
                        .field(RegionShape.benefitId(benefit))
                        .text("Indikator " + (1 + i % RegionShape.INDICATORS_PER_BENEFIT) + " for " + code(benefit))
                        .field(RegionShape.lowerIsBetter(i) ? "timer" : "prosent")
                        .field(RegionShape.lowerIsBetter(i) ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER")
                        .field("QUANTITATIVE")
                        .field(RegionShape.frequency(i))
                        .field(5)
                        .field(15)
                        .field(RegionShape.units(i) > 1 ? "UNIT" : "PROGRAMME")
                        .endRow();
            }
        }
        try (CsvCopy copy =
                CsvCopy.into(connection, "baseline", "indicator_id, value, period_start, period_end, recorded_by")) {
            for (int i = 0; i < sizes.indicators(); i++) {
                if (RegionShape.hasTrajectory(i)) {
                    copy.field(RegionShape.indicatorId(i))
                            .field(RegionShape.baseline(i))
                            .field(RegionShape.BASELINE_START)
                            .field(RegionShape.BASELINE_END)
                            .field("benchmark")
                            .endRow();
                }
            }
        }
        try (CsvCopy copy = CsvCopy.into(connection, "target_point", "indicator_id, target_date, value")) {
            for (int i = 0; i < sizes.indicators(); i++) {
                if (RegionShape.hasTrajectory(i)) {
                    copy.field(RegionShape.indicatorId(i))
                            .field(RegionShape.TARGET_DATE)
                            .field(RegionShape.target(i))
                            .endRow();
                }
            }
        }
    }

    /**
     * The history, period by period: every indicator measured in a period gets a row from each of its units. The
     * indicators measured at all are the first ones whose histories fit in the requested count; the rest have no
     * measurement yet, as new indicators in a real portfolio.
     */
    private void measurements(Sizes sizes) throws Exception {
        int measured = 0;
        long planned = 0;
        while (measured < sizes.indicators()) {
            long rows = shape.rows(measured);
            if (planned + rows > sizes.measurements()) {
                break;
            }
            planned += rows;
            measured++;
        }
        String[] organisationIds = organisations.stream().map(UUID::toString).toArray(String[]::new);
        String[] indicatorIds = new String[measured];
        for (int i = 0; i < measured; i++) {
            indicatorIds[i] = RegionShape.indicatorId(i).toString();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (CsvCopy copy = CsvCopy.into(
                connection,
                "measurement",
                "id, indicator_id, value, period_start, period_end, organisation_id, source, confidence, recorded_by")) {
            for (int p = 0; p < shape.periods.size(); p++) {
                RegionShape.Period period = shape.periods.get(p);
                for (int i = 0; i < measured; i++) {
                    if (!shape.measuredIn(i, period)) {
                        continue;
                    }
                    for (int u = 0; u < RegionShape.units(i); u++) {
                        copy.field(new UUID(random.nextLong(), random.nextLong()))
                                .field(indicatorIds[i]);
                        RegionShape.appendValue(copy.raw(), i, period, u, p);
                        copy.field(period.startText())
                                .field(period.endText())
                                .field(organisationIds[RegionShape.organisation(i, u)])
                                .field(RegionShape.heavy(i) ? "FILE" : "API")
                                .field("HIGH")
                                .field("benchmark")
                                .endRow();
                    }
                }
            }
        }
    }

    private void rebuildRollups() throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet exists =
                        statement.executeQuery("SELECT to_regproc('indicator_rollups_rebuild') IS NOT NULL")) {
            exists.next();
            if (exists.getBoolean(1)) {
                statement.execute("SELECT indicator_rollups_rebuild()");
            }
        }
    }

    static String code(int benefit) {
        return "%s%02d-%05d".formatted(CODE_PREFIX, 1 + benefit % RegionShape.PROGRAMMES, benefit);
    }

    /** The number of the indicator with the most measurements among those the history reached. */
    static int heavyIndicator() {
        return 7;
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    private void phase(String name, Phase phase) throws Exception {
        long start = System.nanoTime();
        phase.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        phases.put(name, ms);
        System.out.printf("Region generator: %s in %,d ms%n", name, ms);
    }

    static long count(Connection connection, String table) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
