package no.gevinst.report.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationType;
import no.gevinst.programme.Programme;
import no.gevinst.shared.DocumentWriter;

/**
 * Who reads a document on an organisation's behalf, from the organisation's type: the board of a health authority or
 * trust, the management of a directorate or any other organisation. DBEP is Helsedirektoratet's, not a regional
 * health authority's, so its documents go to Helsedirektoratet's management.
 */
final class Readers {

    private Readers() {}

    /**
     * Who reads a plan: the programme's steering group, which approves it, and the co-financier it is sent to;
     * without either, the owner's board or management.
     */
    static String ofPlan(
            DocumentWriter w, Programme programme, Optional<Organisation> coFinancier, Optional<Organisation> owner) {
        List<String> readers = new ArrayList<>();
        if (!programme.steeringGroup().isEmpty()) {
            readers.add(w.word("plan.doc.readerSteeringGroup", programme.name()));
        }
        coFinancier.ifPresent(o -> readers.add(w.word("plan.doc.readerCoFinancier", o.name())));
        if (readers.isEmpty()) {
            readers.add(owner.map(o -> body(w, o)).orElse(w.word("portfolio.board.bodyUnknown")));
        }
        return String.join(" " + w.word("portfolio.board.and") + " ", readers);
    }

    static String body(DocumentWriter w, Organisation owner) {
        return w.word(
                owner.type() == OrganisationType.RHF || owner.type() == OrganisationType.HF
                        ? "portfolio.board.bodyBoard"
                        : "portfolio.board.bodyManagement",
                owner.name());
    }
}
