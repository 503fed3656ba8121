package jixiao.read;

import java.util.ArrayList;
import java.util.List;

/** Reads .csv saves of spreadsheet forms (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
public final class CsvGridReader implements GridReader {
    @Override
    public String format() {
        return "csv";
    }

    @Override
    public List<Grid> read(Input input) throws UnreadableInput {
        String source = input.name();
        String text = TextDecoder.decode(input.bytes());
        List<Row> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(new Cell(CellText.clean(cell.toString()), "", rowLine, row.size()));
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(new Cell(CellText.clean(cell.toString()), "", rowLine, row.size()));
                rows.add(new Row(row));
                row = new ArrayList<>();
                cell.setLength(0);
                rowLine = ++line;
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(new Cell(CellText.clean(cell.toString()), "", rowLine, row.size()));
            rows.add(new Row(row));
        }
        return List.of(new Grid(source, rows));
    }
}
