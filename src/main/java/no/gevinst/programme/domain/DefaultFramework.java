package no.gevinst.programme.domain;

import java.util.List;

/** The framework every new programme starts with (DESIGN §3); each programme may change its own. */
final class DefaultFramework {

    /** The five benefit areas of the HIMSS Value Suite as seed 000 §2.1 uses them. */
    static final List<String> AREAS = List.of(
            "Tilfredshet",
            "Pasientsikkerhet og kvalitet",
            "Datasikkerhet",
            "Pasientinvolvering og forebygging",
            "Kostnadsbesparelser");

    /** The six areas where seed 000 §2.2 wants benefits early. */
    static final List<String> PRIORITY_AREAS = List.of(
            "Brukervennlighet",
            "Legemiddelhåndtering",
            "Pasientlogistikk",
            "Pasientmedvirkning",
            "Medisinsk avstandsoppfølging",
            "Avansert bruk av data");

    private DefaultFramework() {}
}
