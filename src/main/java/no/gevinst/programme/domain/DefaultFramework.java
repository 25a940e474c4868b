package no.gevinst.programme.domain;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.shared.FrameworkItemId;

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

    /** The default areas and priority areas as new framework items, each kind numbered from one. */
    static List<FrameworkItem> items() {
        List<FrameworkItem> items = new ArrayList<>();
        for (int i = 0; i < AREAS.size(); i++) {
            items.add(new FrameworkItem(FrameworkItemId.newId(), FrameworkKind.AREA, AREAS.get(i), i + 1));
        }
        for (int i = 0; i < PRIORITY_AREAS.size(); i++) {
            items.add(new FrameworkItem(
                    FrameworkItemId.newId(), FrameworkKind.PRIORITY_AREA, PRIORITY_AREAS.get(i), i + 1));
        }
        return items;
    }
}
