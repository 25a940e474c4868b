package no.gevinst.transfer;

import java.util.Map;
import no.gevinst.shared.ProgrammeId;

/**
 * What an import wrote.
 *
 * @param rows the number of rows written per table
 */
public record ImportResult(ProgrammeId programme, String code, String name, Map<String, Integer> rows) {}
