package no.gevinst.organisation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.organisation.Person;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private static final String SELECT =
            "SELECT id, name, email, title, organisation_id, user_id, version FROM person ";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Person> all() {
        return jdbc.sql(SELECT + "ORDER BY lower(name), id")
                .query(PersonRepository::map)
                .list();
    }

    List<Person> inOrganisations(Collection<OrganisationId> organisations) {
        return jdbc.sql(SELECT + "WHERE organisation_id = ANY(:ids) ORDER BY lower(name), id")
                .param("ids", organisations.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .query(PersonRepository::map)
                .list();
    }

    List<Person> findAll(Collection<PersonId> ids) {
        return jdbc.sql(SELECT + "WHERE id = ANY(:ids)")
                .param("ids", ids.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(PersonRepository::map)
                .list();
    }

    Optional<Person> find(PersonId id) {
        return jdbc.sql(SELECT + "WHERE id = :id")
                .param("id", id.value())
                .query(PersonRepository::map)
                .optional();
    }

    Optional<Person> ofUser(UserId user) {
        return jdbc.sql(SELECT + "WHERE user_id = :user")
                .param("user", user.value())
                .query(PersonRepository::map)
                .optional();
    }

    void insert(Person person) {
        jdbc.sql("""
                        INSERT INTO person (id, name, email, title, organisation_id, version)
                        VALUES (:id, :name, :email, :title, :organisation, :version)
                        """).params(columns(person)).update();
    }

    boolean update(Person person, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE person SET name = :name, email = :email, title = :title,
                                       organisation_id = :organisation, version = :version
                                WHERE id = :id AND version = :expected
                                """)
                        .params(columns(person))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    /** The row's values as an insert and an update both write them. */
    private static Map<String, @Nullable Object> columns(Person person) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("id", person.id().value());
        columns.put("name", person.name());
        columns.put("email", person.email());
        columns.put("title", person.title());
        columns.put("organisation", person.organisation().value());
        columns.put("version", person.version());
        return columns;
    }

    void linkUser(PersonId person, UserId user) {
        jdbc.sql("UPDATE person SET user_id = :user, version = version + 1 WHERE id = :id")
                .param("id", person.value())
                .param("user", user.value())
                .update();
    }

    private static Person map(ResultSet rs, int rowNum) throws SQLException {
        UUID user = rs.getObject("user_id", UUID.class);
        return new Person(
                new PersonId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("title"),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                user == null ? null : new UserId(user),
                rs.getLong("version"));
    }
}
