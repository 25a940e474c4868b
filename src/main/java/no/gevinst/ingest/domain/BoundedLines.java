package no.gevinst.ingest.domain;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import no.gevinst.ingest.domain.MeasurementFile.FileFormatException;

/**
 * A reader that refuses a line longer than {@value #MAX_LINE} characters, naming its line: no measurement row
 * needs more, and a file of one endless line would otherwise be held whole in memory by the CSV parser.
 */
final class BoundedLines extends FilterReader {

    static final int MAX_LINE = 64 * 1024;

    private long line = 1;
    private int length;

    BoundedLines(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > MAX_LINE) {
            throw new FileFormatException("ingest.file.lineTooLong", line, MAX_LINE / 1024);
        }
    }
}
