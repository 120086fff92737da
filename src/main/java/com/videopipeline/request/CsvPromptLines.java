package com.videopipeline.request;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads .csv prompt files: a header row naming the fields, then one request per record. */
final class CsvPromptLines extends PromptLineReader {

    private final CsvRecords records;
    private List<String> header;

    CsvPromptLines(Path file, BufferedReader reader) {
        super(file, reader);
        this.records = new CsvRecords(reader);
    }

    @Override
    RawLine readNext() throws IOException {
        try {
            for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                if (record.blank()) {
                    continue;
                }
                if (header != null) {
                    return entry(record);
                }
                RawLine headerProblem = readHeader(record);
                if (headerProblem != null) {
                    return headerProblem;
                }
            }
            return null;
        } catch (CsvRecords.UnclosedQuote e) {
            return fail(e.line, e.getMessage() + "; entries after it were not read");
        }
    }

    @Override
    int currentLine() {
        return records.line();
    }

    private RawLine readHeader(CsvRecords.Record record) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : record.cells()) {
            String name = cell.strip();
            if (name.isEmpty()) {
                return fail(record.line(), "header column " + (names.size() + 1)
                        + " has no name; nothing was read");
            }
            if (!seen.add(name)) {
                return fail(record.line(), "header names column " + Values.show(name)
                        + " twice; nothing was read");
            }
            names.add(name);
        }
        if (record.problem() != null || Values.hasUndecodable(String.join(",", names))) {
            return fail(record.line(), "header row is unreadable: "
                    + (record.problem() != null ? record.problem() : Values.NOT_UTF8) + "; nothing was read");
        }
        header = names;
        return null;
    }

    private RawLine entry(CsvRecords.Record record) {
        List<String> cells = record.cells();
        if (record.problem() != null) {
            return RawLine.failed(record.line(), record.problem());
        }
        if (cells.size() != header.size()) {
            return RawLine.failed(record.line(), "row has " + cells.size() + " values but the header has "
                    + header.size() + " columns (quote values that contain commas)");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (Values.hasUndecodable(cells.get(i))) {
                return RawLine.failed(record.line(), Values.NOT_UTF8);
            }
            fields.put(header.get(i), cells.get(i));
        }
        return RawLine.of(record.line(), fields);
    }
}
