package no.gevinst.benefit;

import java.util.UUID;
import no.gevinst.benefit.domain.BenefitNews;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's benefits with their profiles, allocations, investors and lifecycle, for its export and import (issue 20). */
@Component
public class BenefitTransfer extends ProgrammeTables {

    private final BenefitNews news;

    BenefitTransfer(TableRows rows, BenefitNews news) {
        super(
                rows,
                tables(
                        "benefit",
                        """
                        SELECT * FROM benefit WHERE programme_id = ? ORDER BY code
                        """,
                        "benefit_priority_area",
                        """
                        SELECT x.* FROM benefit_priority_area x JOIN benefit b ON b.id = x.benefit_id WHERE b.programme_id = ? ORDER BY x.benefit_id, x.framework_item_id
                        """,
                        "benefit_objective",
                        """
                        SELECT x.* FROM benefit_objective x JOIN benefit b ON b.id = x.benefit_id WHERE b.programme_id = ? ORDER BY x.benefit_id, x.objective_id
                        """,
                        "benefit_allocation",
                        """
                        SELECT x.* FROM benefit_allocation x JOIN benefit b ON b.id = x.benefit_id WHERE b.programme_id = ? ORDER BY x.benefit_id, x.organisation_id
                        """,
                        "benefit_investor",
                        """
                        SELECT x.* FROM benefit_investor x JOIN benefit b ON b.id = x.benefit_id WHERE b.programme_id = ? ORDER BY x.benefit_id, x.organisation_id
                        """,
                        "benefit_status_change",
                        """
                        SELECT x.benefit_id, x.from_status, x.to_status, x.reason, x.changed_by, x.changed_at
                        FROM benefit_status_change x JOIN benefit b ON b.id = x.benefit_id WHERE b.programme_id = ? ORDER BY x.id
                        """));
        this.news = news;
    }

    /** Writes the part's rows, and tells of the imported benefits, as any write of a benefit does. */
    @Override
    public void importInto(ProgrammePart part) {
        super.importInto(part);
        news.announce(part.rows("benefit").stream()
                .map(row -> new BenefitId(UUID.fromString(String.valueOf(row.get("id")))))
                .toList());
    }

    /**
     * The ids of the programme's benefits as the text of a uuid array, for the modules whose export finds their rows
     * by the benefits (the benefit's programme is this module's to know).
     */
    public String idsIn(ProgrammeId programme) {
        return rows().read("SELECT id FROM benefit WHERE programme_id = ? ORDER BY id", programme.value()).stream()
                .map(row -> String.valueOf(row.get("id")))
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /** The programme of each of the benefits that are here, by benefit id, whoever may see them (texts of uuids). */
    public java.util.Map<String, String> homesOf(String[] benefitIds) {
        java.util.Map<String, String> homes = new java.util.HashMap<>();
        rows().stream(
                "SELECT id, programme_id FROM benefit WHERE id = ANY(CAST(? AS uuid[]))",
                row -> homes.put((String) row.get("id"), (String) row.get("programme_id")),
                (Object) benefitIds);
        return homes;
    }

    /** Those of the codes that benefits already have (a benefit's code is unique in the installation). */
    public java.util.Set<String> takenCodes(java.util.Collection<String> codes) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        rows().stream(
                "SELECT code FROM benefit WHERE code = ANY(CAST(? AS text[]))",
                row -> taken.add((String) row.get("code")),
                (Object) codes.toArray(String[]::new));
        return taken;
    }
}
