package no.gevinst.ingest.domain;

import java.util.List;

/** A FHIR request refused whole, nothing stored: every problem found, each with its location. */
public class FhirRefusedException extends RuntimeException {

    private final transient List<FhirIssue> issues;
    private final int status;

    public FhirRefusedException(int status, List<FhirIssue> issues) {
        super(issues.size() + " FHIR issue(s)");
        this.status = status;
        this.issues = List.copyOf(issues);
    }

    public List<FhirIssue> issues() {
        return issues;
    }

    /** The HTTP status to answer: 400 for an invalid resource, 413 for one too large. */
    public int status() {
        return status;
    }
}
