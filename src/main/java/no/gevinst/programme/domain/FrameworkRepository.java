package no.gevinst.programme.domain;

import no.gevinst.programme.FrameworkItem;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The writes of a programme's framework items; they are read with their programme (ProgrammeRepository). */
@Repository
class FrameworkRepository {

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ProgrammeId programme, FrameworkItem item) {
        RequestMemo.forget(ProgrammeRepository.MEMO);
        jdbc.sql("""
                        INSERT INTO framework_item (id, programme_id, kind, name, position)
                        VALUES (:id, :programme, :kind, :name, :position)
                        """)
                .param("id", item.id().value())
                .param("programme", programme.value())
                .param("kind", item.kind().name())
                .param("name", item.name())
                .param("position", item.position())
                .update();
    }

    void rename(FrameworkItem item) {
        RequestMemo.forget(ProgrammeRepository.MEMO);
        jdbc.sql("UPDATE framework_item SET name = :name WHERE id = :id")
                .param("id", item.id().value())
                .param("name", item.name())
                .update();
    }

    void delete(FrameworkItemId item) {
        RequestMemo.forget(ProgrammeRepository.MEMO);
        jdbc.sql("DELETE FROM framework_item WHERE id = :id")
                .param("id", item.value())
                .update();
    }

    /**
     * Counts a change of the programme's framework as a change of the programme, when it is still at the version
     * read: false when someone changed it meanwhile. The row stays locked to the end of the transaction.
     */
    boolean claim(ProgrammeId programme, long expectedVersion) {
        RequestMemo.forget(ProgrammeRepository.MEMO);
        return jdbc.sql("UPDATE programme SET version = version + 1 WHERE id = :id AND version = :expected")
                        .param("id", programme.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }
}
