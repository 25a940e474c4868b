package no.gevinst.programme.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.gevinst.programme.EconomicTarget;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.programme.Party;
import no.gevinst.programme.Phase;
import no.gevinst.programme.PhasePlan;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * Every programme with its phases, parties, steering group and framework in one statement, each list as arrays in
 * a stable order: a page reads all its programmes once for its rights checks, and a single programme is read the same
 * way (issue 15: five statements per programme before). Parties and steering group come in the order of their ids;
 * the repository puts them in their names' order through the organisation module ({@link
 * no.gevinst.organisation.NameOrder}), one query for every programme read (issue 21).
 */
final class AllProgrammes {

    /** Every programme. */
    static final String SQL = select("");

    /** One programme, by {@code :id}: the same statement and mapping, so that a single read lists alike. */
    static final String ONE = select("WHERE p.id = :id");

    private static String select(String where) {
        return """
                        SELECT p.*,
                          ARRAY(SELECT phase FROM programme_phase WHERE programme_id = p.id ORDER BY phase) AS phase_names,
                          ARRAY(SELECT planned_start FROM programme_phase WHERE programme_id = p.id ORDER BY phase)
                            AS phase_starts,
                          ARRAY(SELECT planned_end FROM programme_phase WHERE programme_id = p.id ORDER BY phase)
                            AS phase_ends,
                          ARRAY(SELECT organisation_id FROM programme_party WHERE programme_id = p.id
                                ORDER BY organisation_id) AS party_organisations,
                          ARRAY(SELECT benefit_responsible FROM programme_party WHERE programme_id = p.id
                                ORDER BY organisation_id) AS party_responsibles,
                          ARRAY(SELECT role FROM programme_party WHERE programme_id = p.id
                                ORDER BY organisation_id) AS party_roles,
                          ARRAY(SELECT person_id FROM programme_steering_member WHERE programme_id = p.id
                                ORDER BY person_id) AS steering,
                          ARRAY(SELECT id FROM framework_item WHERE programme_id = p.id ORDER BY kind, position, name, id)
                            AS framework_ids,
                          ARRAY(SELECT kind FROM framework_item WHERE programme_id = p.id ORDER BY kind, position, name, id)
                            AS framework_kinds,
                          ARRAY(SELECT name FROM framework_item WHERE programme_id = p.id ORDER BY kind, position, name, id)
                            AS framework_names,
                          ARRAY(SELECT position FROM framework_item WHERE programme_id = p.id
                                ORDER BY kind, position, name, id) AS framework_positions
                        FROM programme p %s ORDER BY p.code
                        """.formatted(where);
    }

    private AllProgrammes() {}

    static Programme map(ResultSet rs, int rowNum) throws SQLException {
        return row(rs).programme(phases(rs), parties(rs), steering(rs), framework(rs));
    }

    private static List<PhasePlan> phases(ResultSet rs) throws SQLException {
        String[] names = (String[]) rs.getArray("phase_names").getArray();
        Date[] starts = (Date[]) rs.getArray("phase_starts").getArray();
        Date[] ends = (Date[]) rs.getArray("phase_ends").getArray();
        List<PhasePlan> phases = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            phases.add(new PhasePlan(Phase.valueOf(names[i]), local(starts[i]), local(ends[i])));
        }
        phases.sort(Comparator.comparing(PhasePlan::phase));
        return phases;
    }

    private static List<Party> parties(ResultSet rs) throws SQLException {
        UUID[] organisations = (UUID[]) rs.getArray("party_organisations").getArray();
        UUID[] responsibles = (UUID[]) rs.getArray("party_responsibles").getArray();
        String[] roles = (String[]) rs.getArray("party_roles").getArray();
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < organisations.length; i++) {
            parties.add(new Party(
                    new OrganisationId(organisations[i]),
                    responsibles[i] == null ? null : new PersonId(responsibles[i]),
                    roles[i]));
        }
        return parties;
    }

    private static List<PersonId> steering(ResultSet rs) throws SQLException {
        return Arrays.stream((UUID[]) rs.getArray("steering").getArray())
                .map(PersonId::new)
                .toList();
    }

    private static List<FrameworkItem> framework(ResultSet rs) throws SQLException {
        UUID[] ids = (UUID[]) rs.getArray("framework_ids").getArray();
        String[] kinds = (String[]) rs.getArray("framework_kinds").getArray();
        String[] names = (String[]) rs.getArray("framework_names").getArray();
        Integer[] positions = (Integer[]) rs.getArray("framework_positions").getArray();
        List<FrameworkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            items.add(new FrameworkItem(
                    new FrameworkItemId(ids[i]), FrameworkKind.valueOf(kinds[i]), names[i], positions[i]));
        }
        return items;
    }

    private static OrganisationId organisation(UUID id) {
        return id == null ? null : new OrganisationId(id);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** A programme's own columns, before its children are read. */
    private record Row(
            ProgrammeId id,
            String code,
            String name,
            String description,
            OrganisationId owner,
            Phase phase,
            EconomicTarget target,
            OrganisationId coFinancier,
            long version) {

        Programme programme(
                List<PhasePlan> phases, List<Party> parties, List<PersonId> steering, List<FrameworkItem> framework) {
            return Programme.builder()
                    .id(id)
                    .code(code)
                    .name(name)
                    .description(description)
                    .owner(owner)
                    .currentPhase(phase)
                    .economicTarget(target)
                    .coFinancier(coFinancier)
                    .phases(phases)
                    .parties(List.copyOf(parties))
                    .steeringGroup(List.copyOf(steering))
                    .framework(List.copyOf(framework))
                    .version(version)
                    .build();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        BigDecimal target = rs.getBigDecimal("economic_target_nok");
        return new Row(
                new ProgrammeId(rs.getObject("id", UUID.class)),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"),
                new OrganisationId(rs.getObject("owner_organisation_id", UUID.class)),
                Phase.valueOf(rs.getString("current_phase")),
                target == null ? null : new EconomicTarget(target, rs.getInt("economic_target_from")),
                organisation(rs.getObject("co_financier_organisation_id", UUID.class)),
                rs.getLong("version"));
    }
}
