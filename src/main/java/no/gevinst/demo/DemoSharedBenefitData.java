package no.gevinst.demo;

import java.util.List;
import no.gevinst.programme.ProgrammeInput.PhaseInput;

/**
 * A benefit in the fellesrom as {@code demo/shared-benefits.json} writes it: the home programme's benefit (as in
 * {@code benefits.json}, its programme the one it is listed under), the programme it is shared with (created unless
 * its owner has one), the share that programme takes (percent) and the element of the home programme's map that
 * leads to it. Organisations and people by their demo keys.
 */
record DemoSharedBenefitData(SharingProgramme programme, String share, String linkedFrom, DemoBenefitData benefit) {

    /** The programme the benefit is shared with. */
    record SharingProgramme(
            String code,
            String name,
            String description,
            String owner,
            String phase,
            List<PhaseInput> phases,
            List<Party> parties) {}

    /** A party of that programme and the person responsible for its benefits. */
    record Party(String organisation, String person, String role) {}
}
