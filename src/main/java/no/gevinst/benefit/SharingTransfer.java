package no.gevinst.benefit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.gevinst.programme.ProgrammeTransfer;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/**
 * The shares and merges that tie a programme's benefits to other programmes, for its export and import (issue 20).
 *
 * <p>Both programmes' documents carry such a row: a share of one programme's benefit in another, a merge of
 * benefits of two. An import writes a row once both its ends are here (the benefit and the programme it is shared
 * in, both merged benefits) and skips it when it is here already, so that importing the two programmes in either
 * order ends with the row once. A copy keeps only merges within itself: a share always spans two programmes, and
 * the copy's benefits are not the ones the other programme agreed to share.
 */
@Component
public class SharingTransfer extends ProgrammeTables {

    private static final String OF_PROGRAMME = "WITH p AS (SELECT CAST(? AS uuid) AS id) ";

    private final ProgrammeTransfer programmeTransfer;

    SharingTransfer(TableRows rows, ProgrammeTransfer programmeTransfer) {
        super(rows, tables("benefit_share", OF_PROGRAMME + """
                        SELECT x.* FROM benefit_share x JOIN benefit b ON b.id = x.benefit_id, p
                        WHERE b.programme_id = p.id OR x.programme_id = p.id ORDER BY x.benefit_id, x.programme_id
                        """, "benefit_merge", OF_PROGRAMME + """
                        SELECT x.* FROM benefit_merge x JOIN benefit m ON m.id = x.merged_id
                        JOIN benefit k ON k.id = x.kept_id, p
                        WHERE m.programme_id = p.id OR k.programme_id = p.id ORDER BY x.decided_at, x.merged_id
                        """));
        this.programmeTransfer = programmeTransfer;
    }

    @Override
    public void importInto(ProgrammePart part, ProgrammeId programme, boolean copy) {
        Map<String, String> homes = homes(Stream.concat(
                        part.rows("benefit_share").stream().map(r -> r.get("benefit_id")),
                        part.rows("benefit_merge").stream()
                                .flatMap(r -> Stream.of(r.get("merged_id"), r.get("kept_id"))))
                .toList());
        String here = programme.value().toString();
        if (!copy) {
            Set<String> programmes = programmes(part.rows("benefit_share"));
            insert(
                    "benefit_share",
                    part.rows("benefit_share").stream()
                            .filter(r -> homes.containsKey(String.valueOf(r.get("benefit_id")))
                                    && programmes.contains(String.valueOf(r.get("programme_id"))))
                            .toList());
        }
        insert(
                "benefit_merge",
                part.rows("benefit_merge").stream()
                        .filter(r -> bothIn(homes, r, copy ? here : null))
                        .toList());
    }

    /** Both merged benefits here; for a copy, both in the copy. */
    private static boolean bothIn(Map<String, String> homes, Map<String, Object> row, String programme) {
        String merged = homes.get(String.valueOf(row.get("merged_id")));
        String kept = homes.get(String.valueOf(row.get("kept_id")));
        return merged != null
                && kept != null
                && (programme == null || (programme.equals(merged) && programme.equals(kept)));
    }

    private void insert(String table, List<Map<String, Object>> tableRows) {
        if (!tableRows.isEmpty()) {
            rows().insert(table, tableRows, true);
        }
    }

    /** The programme of each of the benefits that are here, by benefit id. */
    private Map<String, String> homes(List<Object> benefitIds) {
        Map<String, String> homes = new HashMap<>();
        rows().stream(
                "SELECT id, programme_id FROM benefit WHERE id = ANY(CAST(? AS uuid[]))",
                row -> homes.put((String) row.get("id"), (String) row.get("programme_id")),
                (Object) texts(benefitIds));
        return homes;
    }

    /** Those of the rows' programmes that are here. */
    private Set<String> programmes(List<Map<String, Object>> shares) {
        return programmeTransfer.existing(
                texts(shares.stream().map(r -> r.get("programme_id")).toList()));
    }

    private static String[] texts(List<Object> values) {
        return values.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(SharingTransfer::isUuid)
                .collect(Collectors.toSet())
                .toArray(String[]::new);
    }

    private static boolean isUuid(String text) {
        try {
            java.util.UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
