package no.gevinst.report.domain;

import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationType;
import no.gevinst.shared.DocumentWriter;

/**
 * Who reads a document on an organisation's behalf, from the organisation's type: the board of a health authority or
 * trust, the management of a directorate or any other organisation. DBEP is Helsedirektoratet's, not a regional
 * health authority's, so its documents go to Helsedirektoratet's management.
 */
final class Readers {

    private Readers() {}

    static String body(DocumentWriter w, Organisation owner) {
        return w.word(
                owner.type() == OrganisationType.RHF || owner.type() == OrganisationType.HF
                        ? "portfolio.board.bodyBoard"
                        : "portfolio.board.bodyManagement",
                owner.name());
    }
}
