package no.gevinst.organisation.web;

import no.gevinst.organisation.Organisation;

/** An organisation as the API shows it. */
record OrganisationResource(
        String id, String name, String type, String organisationNumber, String parentId, long version) {

    static OrganisationResource of(Organisation o) {
        return new OrganisationResource(
                o.id().toString(),
                o.name(),
                o.type().name(),
                o.organisationNumber().value(),
                o.parent() == null ? null : o.parent().toString(),
                o.version());
    }
}
