package no.gevinst.programme.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.organisation.NameOrder;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Party;
import no.gevinst.programme.Phase;
import no.gevinst.programme.PhasePlan;
import no.gevinst.programme.Programme;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeRepository {

    /** The request memo of every programme, forgotten by every write of one (here and in FrameworkRepository). */
    static final String MEMO = "programme:all";

    private final JdbcClient jdbc;
    private final NameOrder names;

    /** Every programme, kept per data generation: their twelve arrays cost PostgreSQL more than the rest of a page. */
    private final GenerationKept<Boolean, List<Programme>> kept;

    ProgrammeRepository(JdbcClient jdbc, DataGeneration generations, NameOrder names) {
        this.jdbc = jdbc;
        this.names = names;
        this.kept = new GenerationKept<>(generations, 1);
    }

    /**
     * Every programme, read once per page request: the rights checks of a page ask for its programmes many times
     * over (an indicator page sixteen times), and a region has tens of programmes, not thousands.
     */
    List<Programme> all() {
        return RequestMemo.remember(MEMO, () -> kept.get(true, this::readAll));
    }

    /** Every programme with its phases, parties, steering group and framework, in one statement. */
    private List<Programme> readAll() {
        return byNames(jdbc.sql(AllProgrammes.SQL).query(AllProgrammes::map).list());
    }

    /**
     * The programmes with their parties and steering group in their names' order (lower case, then id), the order of
     * the organisation module's names asked once for all of them.
     */
    private List<Programme> byNames(List<Programme> programmes) {
        NameOrder.Ranks ranks = names.of(
                programmes.stream()
                        .flatMap(p -> p.parties().stream().map(Party::organisation))
                        .collect(java.util.stream.Collectors.toSet()),
                programmes.stream()
                        .flatMap(p -> p.steeringGroup().stream())
                        .collect(java.util.stream.Collectors.toSet()));
        return programmes.stream()
                .map(p -> new Programme(
                        p.id(),
                        p.code(),
                        p.name(),
                        p.description(),
                        p.owner(),
                        p.currentPhase(),
                        p.economicTarget(),
                        p.coFinancier(),
                        p.phases(),
                        ranks.sorted(p.parties(), party -> party.organisation().value()),
                        ranks.sorted(p.steeringGroup(), PersonId::value),
                        p.framework(),
                        p.version()))
                .toList();
    }

    Optional<Programme> find(ProgrammeId id) {
        if (RequestMemo.active()) {
            return all().stream().filter(p -> p.id().equals(id)).findFirst();
        }
        return byNames(jdbc.sql(AllProgrammes.ONE)
                        .param("id", id.value())
                        .query(AllProgrammes::map)
                        .list())
                .stream()
                .findFirst();
    }

    boolean codeTakenByOther(String code, ProgrammeId self) {
        return jdbc.sql("SELECT count(*) FROM programme WHERE code = :code AND id <> :self")
                        .param("code", code)
                        .param("self", self.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(Programme p) {
        RequestMemo.forget(MEMO);
        jdbc.sql("""
                        INSERT INTO programme (id, code, name, description, owner_organisation_id, current_phase,
                                               economic_target_nok, economic_target_from, co_financier_organisation_id,
                                               version)
                        VALUES (:id, :code, :name, :description, :owner, :phase, :target, :targetFrom, :coFinancier,
                                :version)
                        """).params(columns(p)).update();
        writeChildren(p);
    }

    boolean update(Programme p, long expectedVersion) {
        RequestMemo.forget(MEMO);
        var params = columns(p);
        params.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                        UPDATE programme SET code = :code, name = :name, description = :description,
                               owner_organisation_id = :owner, current_phase = :phase,
                               economic_target_nok = :target, economic_target_from = :targetFrom,
                               co_financier_organisation_id = :coFinancier, version = :version
                        WHERE id = :id AND version = :expected
                        """).params(params).update();
        if (rows == 1) {
            for (String table : List.of("programme_phase", "programme_party", "programme_steering_member")) {
                jdbc.sql("DELETE FROM " + table + " WHERE programme_id = :id")
                        .param("id", p.id().value())
                        .update();
            }
            writeChildren(p);
        }
        return rows == 1;
    }

    /** Moves the phase when the programme is still as it was read; false when someone changed it meanwhile. */
    boolean movePhase(ProgrammeId id, Phase from, Phase to, long expectedVersion) {
        RequestMemo.forget(MEMO);
        return jdbc.sql("""
                                UPDATE programme SET current_phase = :to, version = version + 1
                                WHERE id = :id AND current_phase = :from AND version = :expected
                                """)
                        .param("id", id.value())
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    List<Objective> objectives(Collection<ProgrammeId> programmes) {
        return jdbc.sql("SELECT * FROM objective WHERE programme_id = ANY(:ids) ORDER BY programme_id, number")
                .param("ids", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query(ProgrammeRepository::mapObjective)
                .list();
    }

    Optional<Objective> findObjective(ObjectiveId id) {
        return jdbc.sql("SELECT * FROM objective WHERE id = :id")
                .param("id", id.value())
                .query(ProgrammeRepository::mapObjective)
                .optional();
    }

    boolean objectiveNumberTaken(ProgrammeId programme, int number, ObjectiveId self) {
        return jdbc.sql("SELECT count(*) FROM objective WHERE programme_id = :p AND number = :n AND id <> :self")
                        .param("p", programme.value())
                        .param("n", number)
                        .param("self", self.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertObjective(Objective o) {
        jdbc.sql("""
                        INSERT INTO objective (id, programme_id, number, description, version)
                        VALUES (:id, :programme, :number, :description, :version)
                        """)
                .params(columns(o))
                .param("programme", o.programme().value())
                .update();
    }

    boolean updateObjective(Objective o, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE objective SET number = :number, description = :description, version = :version
                                WHERE id = :id AND version = :expected
                                """)
                        .params(columns(o))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private void writeChildren(Programme p) {
        for (PhasePlan phase : p.phases()) {
            jdbc.sql("""
                            INSERT INTO programme_phase (programme_id, phase, planned_start, planned_end)
                            VALUES (:id, :phase, :start, :end)
                            """)
                    .param("id", p.id().value())
                    .param("phase", phase.phase().name())
                    .param("start", phase.plannedStart())
                    .param("end", phase.plannedEnd())
                    .update();
        }
        for (Party party : p.parties()) {
            jdbc.sql("""
                            INSERT INTO programme_party (programme_id, organisation_id, benefit_responsible, role)
                            VALUES (:id, :organisation, :responsible, :role)
                            """)
                    .param("id", p.id().value())
                    .param("organisation", party.organisation().value())
                    .param(
                            "responsible",
                            party.benefitResponsible() == null
                                    ? null
                                    : party.benefitResponsible().value())
                    .param("role", party.role())
                    .update();
        }
        for (PersonId member : p.steeringGroup()) {
            jdbc.sql("INSERT INTO programme_steering_member (programme_id, person_id) VALUES (:id, :person)")
                    .param("id", p.id().value())
                    .param("person", member.value())
                    .update();
        }
    }

    /** An objective's values as its insert and its update both write them. */
    private static java.util.Map<String, Object> columns(Objective o) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", o.id().value());
        params.put("number", o.number());
        params.put("description", o.description());
        params.put("version", o.version());
        return params;
    }

    private static java.util.Map<String, Object> columns(Programme p) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", p.id().value());
        params.put("code", p.code());
        params.put("name", p.name());
        params.put("description", p.description());
        params.put("owner", p.owner().value());
        params.put("phase", p.currentPhase().name());
        params.put(
                "target", p.economicTarget() == null ? null : p.economicTarget().nokPerYear());
        params.put(
                "targetFrom",
                p.economicTarget() == null ? null : p.economicTarget().fromYear());
        params.put(
                "coFinancier", p.coFinancier() == null ? null : p.coFinancier().value());
        params.put("version", p.version());
        return params;
    }

    private static Objective mapObjective(ResultSet rs, int rowNum) throws SQLException {
        return new Objective(
                new ObjectiveId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getInt("number"),
                rs.getString("description"),
                rs.getLong("version"));
    }
}
