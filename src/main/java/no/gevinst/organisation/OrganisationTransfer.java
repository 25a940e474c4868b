package no.gevinst.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/**
 * Organisations and people as a programme document names them (issue 20): by the ids its rows use, and found again
 * in an importing installation by organisation number and e-mail. Unfiltered by what the current user sees: the
 * export and import decide who may call them, and a document must name every organisation its rows refer to.
 */
@Component
public class OrganisationTransfer {

    private final TableRows rows;

    OrganisationTransfer(TableRows rows) {
        this.rows = rows;
    }

    /** The organisations among the ids, each with id, organisationNumber, name and type. */
    public List<Map<String, Object>> organisations(Collection<UUID> ids) {
        return rows.read("""
                SELECT CAST(id AS text) AS "id", organisation_number AS "organisationNumber", name, type
                FROM organisation WHERE id = ANY(CAST(? AS uuid[])) ORDER BY organisation_number
                """, (Object) ids.stream().map(UUID::toString).toArray(String[]::new));
    }

    /** The people among the ids, each with id, email, name, title and organisationId. */
    public List<Map<String, Object>> people(Collection<UUID> ids) {
        return rows.read("""
                SELECT CAST(id AS text) AS "id", email, name, title, CAST(organisation_id AS text) AS "organisationId"
                FROM person WHERE id = ANY(CAST(? AS uuid[])) ORDER BY lower(email), id
                """, (Object) ids.stream().map(UUID::toString).toArray(String[]::new));
    }

    /** This installation's organisation id (as text) by organisation number, for the numbers that exist here. */
    public Map<String, String> organisationsByNumber(Collection<String> numbers) {
        Map<String, String> found = new HashMap<>();
        rows.stream(
                "SELECT organisation_number, id FROM organisation WHERE organisation_number = ANY(CAST(? AS text[]))",
                row -> found.put(String.valueOf(row.get("organisation_number")).strip(), (String) row.get("id")),
                (Object) numbers.toArray(String[]::new));
        return found;
    }

    /** This installation's person id (as text) by e-mail in lower case; the lowest id when several share it. */
    public Map<String, String> peopleByEmail(Collection<String> emails) {
        Map<String, String> found = new HashMap<>();
        rows.stream("""
                SELECT lower(email) AS email, id FROM person
                WHERE lower(email) = ANY(CAST(? AS text[])) ORDER BY lower(email), id
                """, row -> found.putIfAbsent((String) row.get("email"), (String) row.get("id")), (Object)
                emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new));
        return found;
    }

    /**
     * People without an e-mail address, found by their name in their organisation (this installation's id): the key
     * is {@code organisation id + "|" + name}, and a name two people in one organisation share finds neither.
     */
    public Map<String, String> peopleByNameIn(Collection<String> organisationIds) {
        Map<String, String> found = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        rows.stream(
                """
                SELECT CAST(organisation_id AS text) || '|' || name AS name_key, id FROM person
                WHERE CAST(organisation_id AS text) = ANY(CAST(? AS text[])) ORDER BY name_key, id
                """,
                row -> {
                    String key = (String) row.get("name_key");
                    if (seen.merge(key, 1, Integer::sum) == 1) {
                        found.put(key, (String) row.get("id"));
                    } else {
                        found.remove(key);
                    }
                },
                (Object) organisationIds.toArray(String[]::new));
        return found;
    }
}
