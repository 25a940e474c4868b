package no.gevinst.story;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/**
 * A programme's success stories with their frozen figures and pictures, for its export and import (issue 20). A
 * picture is bytes in the database (a PNG drawn anew and bounded in size when uploaded) and travels in the
 * JSON document as base64 text, so the document stays one file.
 */
@Component
public class StoryTransfer extends ProgrammeTables {

    StoryTransfer(TableRows rows) {
        super(rows, tables("story", """
                        SELECT * FROM story WHERE programme_id = ? ORDER BY created_at, id
                        """));
    }
}
