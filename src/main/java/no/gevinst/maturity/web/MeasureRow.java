package no.gevinst.maturity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.maturity.MaturityMeasure;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundUnit;
import no.gevinst.organisation.Person;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/** A measure as the round page lists it: with its unit's and owner's names. */
record MeasureRow(MaturityMeasure measure, String unit, String owner) {

    static List<MeasureRow> of(List<MaturityMeasure> measures, Round round, Map<PersonId, Person> people) {
        Map<OrganisationId, String> names = new HashMap<>();
        for (RoundUnit u : round.units()) {
            names.put(u.organisation(), u.name());
            if (u.parent() != null) {
                names.putIfAbsent(u.parent(), u.parentName());
            }
        }
        return measures.stream()
                .map(m -> new MeasureRow(
                        m,
                        names.getOrDefault(m.unit(), "–"),
                        people.containsKey(m.owner()) ? people.get(m.owner()).name() : "–"))
                .toList();
    }
}
