package no.gevinst.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.network.RuleViolation;
import no.gevinst.network.SlippageForecast;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network", description = "The benefit dependency network (gevinstkart): nodes, links, rules, slippage")
class NetworkApiController {

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
    @Operation(summary = "The programme's network, the method's rules it breaks, and the slippage of moved enablers")
    NetworkResource network(@PathVariable ProgrammeId id) {
        return NetworkResource.of(networks.of(id));
    }

    @GetMapping(value = "/api/v1/programmes/{id}/network.svg", produces = "image/svg+xml")
    @Operation(summary = "The network drawn in layers from enablers to objectives, as SVG")
    String svg(@PathVariable ProgrammeId id) {
        return networks.svg(id);
    }

    @PostMapping("/api/v1/programmes/{id}/network/elements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an enabler, prerequisite, enabling or business change, or driver")
    NetworkNode addElement(@PathVariable ProgrammeId id, @RequestBody Networks.ElementInput input) {
        return networks.addElement(id, input);
    }

    @PostMapping("/api/v1/programmes/{id}/network/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link two nodes; refused when the link is backwards, a duplicate or makes a cycle")
    NetworkLink link(@PathVariable ProgrammeId id, @RequestBody Networks.LinkInput input) {
        return networks.link(id, input);
    }
}
