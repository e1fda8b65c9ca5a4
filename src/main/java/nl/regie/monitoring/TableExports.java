package nl.regie.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

import nl.regie.audit.AccessLog;
import nl.regie.identity.RegieUser;

/**
 * CSV and XLSX of the tables exactly as the dashboard shows them — suppressed cells stay suppressed — with the title,
 * definition and filter above each table. CSV uses a semicolon and UTF-8 with a byte-order mark, which Dutch Excel
 * opens correctly (the decimal comma would clash with a comma separator). Every export is access-logged.
 */
@Service
public class TableExports {

    private final AccessLog accessLog;

    TableExports(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    public void csv(RegieUser user, List<Figures.Table> tables, String context, AccessLog.AccessAction action, OutputStream out) {
        Monitoring.requireFiguresRole(user);
        accessLog.record(user, null, action, purpose("CSV", tables, context), AccessLog.Channel.UI);
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (Figures.Table t : tables) {
            line(sb, List.of(t.title()));
            line(sb, List.of(context));
            line(sb, List.of("Definitie: " + t.definition()));
            line(sb, t.columns());
            for (Figures.Row r : t.rows()) {
                List<String> cells = new java.util.ArrayList<>();
                cells.add(r.label());
                r.cells().forEach(c -> cells.add(c.text()));
                line(sb, cells);
            }
            sb.append("\r\n");
        }
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(RegieUser user, List<Figures.Table> tables, String context, AccessLog.AccessAction action, OutputStream out) {
        Monitoring.requireFiguresRole(user);
        accessLog.record(user, null, action, purpose("XLSX", tables, context), AccessLog.Channel.UI);
        try {
            Workbook wb = new Workbook(out, "Regie", "1.0");
            Set<String> names = new HashSet<>();
            for (Figures.Table t : tables) {
                Worksheet ws = wb.newWorksheet(sheetName(t, names));
                ws.value(0, 0, t.title());
                ws.style(0, 0).bold().set();
                ws.value(1, 0, context);
                ws.value(2, 0, "Definitie: " + t.definition());
                for (int c = 0; c < t.columns().size(); c++) {
                    ws.value(4, c, t.columns().get(c));
                    ws.style(4, c).bold().set();
                }
                int row = 5;
                for (Figures.Row r : t.rows()) {
                    ws.value(row, 0, r.label());
                    for (int c = 0; c < r.cells().size(); c++) {
                        Figures.Cell cell = r.cells().get(c);
                        // A number only where the screen shows one; the unit stays in the column heading.
                        if (cell.value() != null && !cell.suppressed()) {
                            ws.value(row, c + 1, cell.value());
                        } else {
                            ws.value(row, c + 1, cell.text());
                        }
                    }
                    row++;
                }
                ws.width(0, 50);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String purpose(String format, List<Figures.Table> tables, String context) {
        String ids = String.join(",", tables.stream().map(Figures.Table::id).toList());
        String p = format + " " + ids + "; " + context;
        return p.length() > 200 ? p.substring(0, 200) : p;
    }

    private static String sheetName(Figures.Table t, Set<String> used) {
        String base = t.title().replaceAll("[\\[\\]:*?/\\\\’']", "");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + " " + i;
        }
        return name;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            sb.append(v);
        }
        sb.append("\r\n");
    }
}
