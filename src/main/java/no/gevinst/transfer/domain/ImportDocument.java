package no.gevinst.transfer.domain;

import java.util.List;
import java.util.Map;
import no.gevinst.shared.ProgrammePart;

/**
 * A programme document as read, before its ids are mapped: each module's part by name, the measurements, the audit
 * entries (empty when the export had none) and the organisations and people the rows refer to.
 */
record ImportDocument(
        Map<String, ProgrammePart> parts,
        List<Map<String, Object>> measurements,
        ProgrammePart audit,
        List<Map<String, Object>> organisations,
        List<Map<String, Object>> people) {}
