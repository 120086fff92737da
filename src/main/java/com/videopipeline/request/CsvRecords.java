package com.videopipeline.request;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Splits CSV into RFC 4180 records with their first line, which Jackson's CSV parser does not report. */
final class CsvRecords {

    /** One record; {@code problem} is set when its quoting is broken but the record could still be delimited. */
    record Record(int line, List<String> cells, String problem) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown when a quote is never closed: everything after it is swallowed, so reading cannot go on. */
    static final class UnclosedQuote extends IOException {

        final int line;

        UnclosedQuote(int line) {
            super("quote opened on line " + line + " is never closed");
            this.line = line;
        }
    }

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    int line() {
        return line;
    }

    /** The next record, or null at the end of the input. */
    Record next() throws IOException {
        int start = line;
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        String problem = null;
        while (true) {
            StringBuilder cell = new StringBuilder();
            c = unquoted(c, cell, true);
            if (c == '"') {
                c = skipBlanks(quoted(cell));
                if (c != ',' && !endOfRecord(c) && problem == null) {
                    problem = "text after the closing quote in column " + (cells.size() + 1)
                            + " (double a quote inside a quoted value: \"\")";
                }
                // keep the stray text so the record still ends at the right comma or line break
                c = unquoted(c, cell, false);
            }
            cells.add(cell.toString());
            if (endOfRecord(c)) {
                return new Record(start, cells, problem);
            }
            c = read();
        }
    }

    /**
     * Reads unquoted text up to a comma or line end. At a value's start a quote after nothing but blanks opens a
     * quoted value (returned as '"'), because hand-written files often put a space after the comma.
     */
    private int unquoted(int c, StringBuilder cell, boolean valueStart) throws IOException {
        while (c != ',' && !endOfRecord(c)) {
            if (valueStart && c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                return c;
            }
            cell.append((char) c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted value after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder cell) throws IOException {
        int opened = line;
        for (int c = read(); c != -1; c = read()) {
            if (c == '"') {
                int next = read();
                if (next != '"') {
                    return next;
                }
            }
            cell.append((char) c);
        }
        throw new UnclosedQuote(opened);
    }

    private int skipBlanks(int c) throws IOException {
        while (c == ' ' || c == '\t') {
            c = read();
        }
        return c;
    }

    private static boolean endOfRecord(int c) {
        return c == '\n' || c == -1;
    }

    /** Reads one char, folding CRLF and a lone CR into '\n' and counting lines as they pass. */
    private int read() throws IOException {
        int c = raw();
        if (c == '\r') {
            if (peekRaw() == '\n') {
                raw();
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** Own buffer rather than Reader.read() per char, which takes a lock on every call. */
    private int raw() throws IOException {
        int c = peekRaw();
        if (c != -1) {
            position++;
        }
        return c;
    }

    private int peekRaw() throws IOException {
        if (position == limit) {
            limit = Math.max(0, reader.read(buffer));
            position = 0;
        }
        return position < limit ? buffer[position] : -1;
    }
}
