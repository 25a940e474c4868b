package no.gevinst.token.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.access.ApiToken;
import no.gevinst.access.ApiTokenId;
import no.gevinst.access.ApiTokenInput;
import no.gevinst.access.ApiTokens;
import no.gevinst.access.CreatedApiToken;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Versions;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Tokens machines authenticate with: Authorization: Bearer <secret>")
class TokenApiController {

    private final ApiTokens tokens;
    private final ScopeLabels labels;
    private final JsonMapper json;

    TokenApiController(ApiTokens tokens, ScopeLabels labels, JsonMapper json) {
        this.tokens = tokens;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The caller's tokens; administrators may name another user with ?user=")
    List<TokenResource> list(@RequestParam(name = "user", required = false) String user) {
        List<ApiToken> found = tokens.of(user);
        List<RoleAssignment> scopes = new ArrayList<>();
        found.forEach(t -> scopes.addAll(t.scopes()));
        ScopeLabels.Names names = labels.names(scopes);
        return found.stream().map(t -> TokenResource.of(t, names)).toList();
    }

    @Operation(summary = "One token (never its secret); the ETag carries its version")
    @GetMapping("/{token}")
    ResponseEntity<TokenResource> get(@PathVariable("token") ApiTokenId id) {
        ApiToken token = visible(id);
        return ResponseEntity.ok()
                .eTag(Versions.etag(token.version()))
                .body(TokenResource.of(token, labels.names(token.scopes())));
    }

    @PostMapping
    @Operation(
            summary = "Create a token (the caller's own, or a service account's by an administrator)",
            description = """
                    Body: name, expiresInDays (1–365, default 90), scopes [{role, organisationId, programmeId}], each \
                    a role the token's user holds (left out: every role the user holds), and for administrators user (a service account's user name). The \
                    answer carries the secret once; only its SHA-256 is stored. A token cannot create tokens.""")
    ResponseEntity<TokenResource.Created> create(@RequestBody ApiTokenInput input) {
        CreatedApiToken created = tokens.create(input);
        ApiToken token = created.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .cacheControl(CacheControl.noStore())
                .eTag(Versions.etag(token.version()))
                .body(new TokenResource.Created(
                        created.secret(), TokenResource.of(token, labels.names(token.scopes()))));
    }

    @PostMapping(path = "/{token}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a token; send the version read as body {\"version\"} or If-Match")
    ResponseEntity<TokenResource> revoke(
            @PathVariable("token") ApiTokenId id,
            @RequestBody(required = false) String body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        visible(id);
        return revoked(tokens.revoke(id, Versions.expected(version(body), ifMatch)));
    }

    @DeleteMapping("/{token}")
    @Operation(summary = "Revoke a token; send the version read as If-Match")
    ResponseEntity<TokenResource> delete(
            @PathVariable("token") ApiTokenId id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        visible(id);
        return revoked(tokens.revoke(id, Versions.expected(null, ifMatch)));
    }

    private ResponseEntity<TokenResource> revoked(ApiToken token) {
        return ResponseEntity.ok()
                .eTag(Versions.etag(token.version()))
                .body(TokenResource.of(token, labels.names(token.scopes())));
    }

    /** Asked first, so that someone else's token is not found before anything the request sent is judged. */
    private ApiToken visible(ApiTokenId id) {
        return tokens.find(id).orElseThrow(() -> new NotFoundException("api-token", id));
    }

    /** The body's version, read only once the caller may revoke the token. */
    private Long version(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
        JsonNode version = node.isObject() ? node.get("version") : null;
        if (node.isObject() && (version == null || version.isNull())) {
            return null;
        }
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong()) {
            throw InvalidInputException.of("version", "version.invalid");
        }
        return version.longValue();
    }
}
