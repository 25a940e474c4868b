package no.gevinst.programme;

import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.ProgrammeId;

/**
 * Published in the transaction that adds an objective, changes one or imports one, with its number: the modules that
 * list a programme's objectives in their number's order keep a copy of it (issue 21). An objective leaves only with
 * its programme, and its copies with it (the copies' references cascade).
 */
public record ObjectiveNumbered(ObjectiveId objective, ProgrammeId programme, int number) {}
