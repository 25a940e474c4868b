package no.gevinst.programme;

import java.util.UUID;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The programme's own rows for its export and import (issue 20): profile, phases, parties, steering group, framework, objectives. */
@Component
public class ProgrammeTransfer extends ProgrammeTables {

    private final ApplicationEventPublisher events;

    ProgrammeTransfer(TableRows rows, ApplicationEventPublisher events) {
        super(
                rows,
                tables(
                        "programme",
                        """
                        SELECT * FROM programme WHERE id = ?
                        """,
                        "programme_phase",
                        """
                        SELECT * FROM programme_phase WHERE programme_id = ? ORDER BY phase
                        """,
                        "programme_party",
                        """
                        SELECT * FROM programme_party WHERE programme_id = ? ORDER BY organisation_id
                        """,
                        "programme_steering_member",
                        """
                        SELECT * FROM programme_steering_member WHERE programme_id = ? ORDER BY person_id
                        """,
                        "framework_item",
                        """
                        SELECT * FROM framework_item WHERE programme_id = ? ORDER BY kind, position
                        """,
                        "objective",
                        """
                        SELECT * FROM objective WHERE programme_id = ? ORDER BY number
                        """));
        this.events = events;
    }

    /** Writes the part's rows, and tells of the imported framework and objectives, as any write of them does. */
    @Override
    public void importInto(ProgrammePart part) {
        super.importInto(part);
        part.rows("programme").forEach(row -> {
            ProgrammeId programme = new ProgrammeId(uuid(row.get("id")));
            events.publishEvent(new FrameworkChanged(
                    programme,
                    part.rows("framework_item").stream()
                            .filter(item -> programme.value().equals(uuid(item.get("programme_id"))))
                            .map(item -> new FrameworkItem(
                                    new FrameworkItemId(uuid(item.get("id"))),
                                    FrameworkKind.valueOf(String.valueOf(item.get("kind"))),
                                    String.valueOf(item.get("name")),
                                    number(item.get("position"))))
                            .toList()));
        });
        part.rows("objective")
                .forEach(row -> events.publishEvent(new ObjectiveNumbered(
                        new ObjectiveId(uuid(row.get("id"))),
                        new ProgrammeId(uuid(row.get("programme_id"))),
                        number(row.get("number")))));
    }

    private static UUID uuid(@Nullable Object value) {
        return UUID.fromString(String.valueOf(value));
    }

    private static int number(@Nullable Object value) {
        return new java.math.BigDecimal(String.valueOf(value)).intValueExact();
    }

    /** Those of the codes that programmes already have, so that an import may name each clash. */
    public java.util.Set<String> takenCodes(java.util.Collection<String> codes) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        rows().stream(
                "SELECT code FROM programme WHERE code = ANY(CAST(? AS text[]))",
                row -> taken.add((String) row.get("code")),
                (Object) codes.toArray(String[]::new));
        return taken;
    }

    /** Those of the programmes (texts of uuids) that exist, whether the current user may see them or not. */
    public java.util.Set<String> existing(String[] programmeIds) {
        java.util.Set<String> found = new java.util.HashSet<>();
        rows().stream(
                "SELECT id FROM programme WHERE id = ANY(CAST(? AS uuid[]))",
                row -> found.add((String) row.get("id")),
                (Object) programmeIds);
        return found;
    }

    /** True when a programme with this id exists, whether the current user may see it or not. */
    public boolean exists(ProgrammeId id) {
        return !rows().read("SELECT id FROM programme WHERE id = ?", id.value()).isEmpty();
    }
}
