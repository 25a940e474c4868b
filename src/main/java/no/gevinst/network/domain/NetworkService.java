package no.gevinst.network.domain;

import java.util.List;
import java.util.Set;
import no.gevinst.network.ElementCommand;
import no.gevinst.network.ElementId;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawings;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.network.OwnedElement;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's facade: hands each responsibility to its part (putting the network together, its elements, its
 * links) and draws the view asked for.
 */
@Service
@Transactional(readOnly = true)
class NetworkService implements Networks {

    private final NetworkRepository repository;
    private final NetworkRights rights;
    private final NetworkAssembly assembly;
    private final NetworkElements elements;
    private final NetworkLinks links;
    private final Programmes programmes;
    private final NetworkDrawings drawings;

    NetworkService(
            NetworkRepository repository,
            NetworkRights rights,
            NetworkAssembly assembly,
            NetworkElements elements,
            NetworkLinks links,
            Programmes programmes,
            NetworkDrawings drawings) {
        this.repository = repository;
        this.rights = rights;
        this.assembly = assembly;
        this.elements = elements;
        this.links = links;
        this.programmes = programmes;
        this.drawings = drawings;
    }

    @Override
    public Network of(ProgrammeId programme) {
        return of(programme, NetworkView.WHOLE);
    }

    @Override
    public Network of(ProgrammeId programme, NetworkView view) {
        return viewed(programme, view).shown();
    }

    @Override
    public List<NetworkLink> statedLinks(ProgrammeId programme) {
        rights.existing(programme);
        return repository.links(programme);
    }

    @Override
    public List<OwnedElement> openElementsOf(PersonId owner) {
        Set<ProgrammeId> visible = programmes.visibleIds();
        return visible.isEmpty() ? List.of() : repository.openElementsOf(owner, visible);
    }

    @Override
    public Viewed viewed(ProgrammeId programme, NetworkView view) {
        return assembly.viewed(programme, view);
    }

    @Override
    public String svg(ProgrammeId programme, NetworkView view) {
        return drawings.svg(of(programme, view), rights.existing(programme).name(), programme);
    }

    @Override
    public NetworkElement element(ProgrammeId programme, ElementId element) {
        return elements.element(programme, element);
    }

    @Override
    public void requireMayChange(ProgrammeId programme) {
        rights.requireCoordinator(programme);
    }

    @Override
    @Transactional
    public NetworkElement addElement(ProgrammeId programme, ElementCommand in) {
        return elements.add(programme, in);
    }

    @Override
    @Transactional
    public NetworkElement updateElement(
            ProgrammeId programme, ElementId element, ElementCommand in, long expectedVersion) {
        return elements.update(programme, element, in, expectedVersion);
    }

    @Override
    @Transactional
    public void removeElement(ProgrammeId programme, ElementId element, long expectedVersion) {
        elements.remove(programme, element, expectedVersion);
    }

    @Override
    @Transactional
    public NetworkElement updateElement(ProgrammeId programme, ElementId element, ElementCommand in) {
        return updateElement(programme, element, in, elements.version(programme, element));
    }

    @Override
    @Transactional
    public void removeElement(ProgrammeId programme, ElementId element) {
        removeElement(programme, element, elements.version(programme, element));
    }

    @Override
    @Transactional
    public NetworkLink link(ProgrammeId programme, LinkCommand in) {
        return links.link(programme, in);
    }

    @Override
    @Transactional
    public void unlink(ProgrammeId programme, String from, String to) {
        links.unlink(programme, from, to);
    }
}
