package no.gevinst.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.network.ElementCommand;
import no.gevinst.network.ElementId;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.network.RuleViolation;
import no.gevinst.network.SlippageForecast;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network", description = "The benefit dependency network (gevinstkart): nodes, links, rules, slippage")
class NetworkApiController {

    private static final String VIEW =
            "PROGRAMME (default), PARTY (focus: organisation id), OBJECTIVE (focus: objective id) or UPSTREAM (focus: benefit id)";

    private final Networks networks;

    NetworkApiController(Networks networks) {
        this.networks = networks;
    }

    /** The network with the rules it breaks and what moved enablers delay. */
    record NetworkResource(
            List<NetworkNode> nodes,
            List<NetworkLink> links,
            List<RuleViolation> violations,
            List<SlippageForecast> slippage) {

        static NetworkResource of(Network network) {
            return new NetworkResource(network.nodes(), network.links(), network.violations(), network.slippage());
        }
    }

    @GetMapping("/api/v1/programmes/{id}/network")
    @Operation(
            summary = "The network or one view of it, the method's rules it breaks, and the slippage of moved enablers")
    NetworkResource network(
            @PathVariable ProgrammeId id,
            @Parameter(description = VIEW) @RequestParam(required = false) String view,
            @RequestParam(required = false) String focus) {
        return NetworkResource.of(networks.of(id, NetworkView.of(view, focus)));
    }

    @GetMapping(value = "/api/v1/programmes/{id}/network.svg", produces = "image/svg+xml")
    @Operation(summary = "The network or one view of it drawn in layers from enablers to drivers, as SVG")
    String svg(
            @PathVariable ProgrammeId id,
            @Parameter(description = VIEW) @RequestParam(required = false) String view,
            @RequestParam(required = false) String focus) {
        return networks.svg(id, NetworkView.of(view, focus));
    }

    @GetMapping("/api/v1/programmes/{id}/network/elements/{element}")
    @Operation(summary = "An enabler, prerequisite, change or driver with its change description")
    NetworkElement element(@PathVariable ProgrammeId id, @PathVariable ElementId element) {
        return networks.element(id, element);
    }

    @PostMapping("/api/v1/programmes/{id}/network/elements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an enabler, prerequisite, enabling or business change, or driver")
    NetworkElement addElement(@PathVariable ProgrammeId id, @RequestBody Networks.ElementInput input) {
        // Rights before the body is read: a refused user gets 403 or 404, never 400 naming a field.
        networks.requireMayChange(id);
        return networks.addElement(id, ElementCommand.parse(input));
    }

    @PutMapping("/api/v1/programmes/{id}/network/elements/{element}")
    @Operation(
            summary = "Change an element: name, owner, release, status, dates, change description",
            description = "Send the element's version read as If-Match; a stale one gets 409 and changes nothing."
                    + " The answer carries the new version (in the body and as ETag).")
    ResponseEntity<NetworkElement> updateElement(
            @PathVariable ProgrammeId id,
            @PathVariable ElementId element,
            @RequestBody Networks.ElementInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // Rights before the version: a refused user gets 403 or 404, never 400 for a missing If-Match.
        networks.requireMayChange(id);
        long expected = Versions.expected(null, ifMatch);
        NetworkElement changed = networks.updateElement(id, element, ElementCommand.parseChange(input), expected);
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    @DeleteMapping("/api/v1/programmes/{id}/network/elements/{element}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an element with its links; send the version read as If-Match (stale: 409)")
    void removeElement(
            @PathVariable ProgrammeId id,
            @PathVariable ElementId element,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        networks.requireMayChange(id);
        networks.removeElement(id, element, Versions.expected(null, ifMatch));
    }

    @PostMapping("/api/v1/programmes/{id}/network/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link two nodes; refused when the link is backwards, a duplicate or makes a cycle")
    NetworkLink link(@PathVariable ProgrammeId id, @RequestBody Networks.LinkInput input) {
        networks.requireMayChange(id);
        return networks.link(id, LinkCommand.parse(input));
    }

    @DeleteMapping("/api/v1/programmes/{id}/network/links")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the link between two nodes")
    void unlink(
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        // Optional to Spring, so that rights are asked first; the service names a missing end (400).
        networks.unlink(id, from, to);
    }
}
