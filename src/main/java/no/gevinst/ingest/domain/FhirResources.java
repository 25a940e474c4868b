package no.gevinst.ingest.domain;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * Reads FHIR R4 resources in JSON or XML and validates them against the R4 base with HAPI's instance validator,
 * offline: the base's profiles, value sets and code systems come from hapi-fhir-validation-resources-r4, no
 * terminology server is asked. The context and the validator are built once, at first use (they read the whole R4
 * model, a few seconds), and shared: both are thread-safe.
 */
@Component
public class FhirResources {

    private volatile FhirContext context;
    private volatile FhirValidator validator;

    /** The R4 context, built at first use. */
    public FhirContext context() {
        if (context == null) {
            synchronized (this) {
                if (context == null) {
                    context = FhirContext.forR4();
                }
            }
        }
        return context;
    }

    /** Every error and fatal problem the validator finds in the text, with its location; empty when valid. */
    public List<FhirIssue> validate(String text) {
        ca.uhn.fhir.validation.ValidationResult result;
        try {
            result = validator().validateWithResult(text);
        } catch (RuntimeException e) {
            // Text that is no JSON or XML at all (gson's JsonSyntaxException): the parser names what is wrong.
            return List.of();
        }
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirResources::issue)
                .toList();
    }

    /** The resource the text holds, of the type expected; refused with the parser's message when it is none. */
    public <T extends IBaseResource> T parse(String text, boolean xml, Class<T> type, String root) {
        IParser parser = xml ? context().newXmlParser() : context().newJsonParser();
        try {
            return parser.parseResource(type, text);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException | IllegalStateException e) {
            throw new FhirRefusedException(
                    400,
                    List.of(FhirIssue.of("structure", root, "ingest.fhir.invalid", String.valueOf(e.getMessage()))));
        }
    }

    private static FhirIssue issue(SingleValidationMessage message) {
        String location = message.getLocationString();
        return FhirIssue.text("invalid", location == null || location.isBlank() ? "" : location, message.getMessage());
    }

    private FhirValidator validator() {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    FhirContext ctx = context();
                    ValidationSupportChain chain = new ValidationSupportChain(
                            new DefaultProfileValidationSupport(ctx),
                            new CommonCodeSystemsTerminologyService(ctx),
                            new InMemoryTerminologyServerValidationSupport(ctx),
                            new SnapshotGeneratingValidationSupport(ctx));
                    FhirInstanceValidator module = new FhirInstanceValidator(chain);
                    module.setAnyExtensionsAllowed(true);
                    validator = ctx.newValidator().registerValidatorModule(module);
                }
            }
        }
        return validator;
    }
}
