package no.gevinst.indicator;

import java.util.Iterator;

/**
 * The one way measurements enter Gevinst, whatever brought them (form, file, API, FHIR): each reader turns its text
 * into typed rows ({@link MeasurementCommand#read}), which the intake checks against what is stored one by
 * one as they stream in and written in chunks, all in one transaction; when any row is bad, every bad row is
 * named and nothing is stored. A row already recorded with the same value adds nothing.
 */
public interface MeasurementIntake {

    /**
     * @param rows the rows, read lazily so that a large file is never held in memory
     * @param progress told how far the intake has come, every few thousand rows and at the end
     * @throws RowsRejectedException naming the bad rows (the first {@value #MAX_REPORTED_ERRORS} of them)
     */
    RecordResult record(Iterator<IntakeRow> rows, MeasurementSource source, Progress progress);

    int MAX_REPORTED_ERRORS = 1000;

    /**
     * One row to record.
     *
     * @param row its number in the file or request, from 1
     * @param indicator the indicator's id or its FHIR canonical URL
     * @param measurement the row as read by its reader ({@link MeasurementCommand#read}), with what did not read
     */
    record IntakeRow(long row, String indicator, MeasurementCommand measurement) {}

    /** Hears how many rows have been read and how many of them were rejected so far. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (read, rejected) -> {};

        void update(long read, long rejected);
    }
}
