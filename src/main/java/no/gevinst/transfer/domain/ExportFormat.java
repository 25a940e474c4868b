package no.gevinst.transfer.domain;

/** The name and version of the programme document, and where its JSON Schema is published. */
public final class ExportFormat {

    public static final String NAME = "gevinst-programme-export";

    public static final int VERSION = 1;

    public static final String SCHEMA_PATH = "/api/v1/schemas/programme-export-v1.json";

    private ExportFormat() {}
}
