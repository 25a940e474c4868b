package no.gevinst.lesson;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/**
 * A programme's lessons learned with their measures, and its pilots, for its export and import (issue 20). The
 * lesson's search vector is the database's own (generated), so it is neither written out nor read back.
 */
@Component
public class LessonTransfer extends ProgrammeTables {

    LessonTransfer(TableRows rows) {
        super(rows, tables("lesson", """
                        SELECT id, programme_id, title, happened, worked, did_not_work, recommendation, phase, area_id,
                               process, benefit_ids, written_by, updated_at, demo, version
                        FROM lesson WHERE programme_id = ? ORDER BY updated_at, id
                        """, "lesson_measure", """
                        SELECT x.* FROM lesson_measure x JOIN lesson l ON l.id = x.lesson_id
                        WHERE l.programme_id = ? ORDER BY x.lesson_id, x.deadline, x.id
                        """, "pilot", """
                        SELECT * FROM pilot WHERE programme_id = ? ORDER BY starts_on, id
                        """));
    }
}
