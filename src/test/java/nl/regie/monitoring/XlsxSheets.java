package nl.regie.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the cells of an XLSX with the JDK alone (zip + DOM), for tests. A reader library was tried, but its StAX
 * implementation (aalto) then became the default one on the test classpath and changed the DUO notice's XML
 * declaration; the JDK's own parser leaves everything as it is.
 */
public final class XlsxSheets {

    private XlsxSheets() {
    }

    /** The rows of the first sheet whose name starts with {@code prefix}: each row its cells' text, in column order. */
    public static List<List<String>> rows(byte[] xlsx, String prefix) throws Exception {
        Map<String, byte[]> parts = parts(xlsx);
        List<String> shared = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList si = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
            for (int i = 0; i < si.getLength(); i++) {
                shared.add(si.item(i).getTextContent());
            }
        }
        Map<String, String> targets = new HashMap<>();
        NodeList rels = xml(parts.get("xl/_rels/workbook.xml.rels")).getElementsByTagName("Relationship");
        for (int i = 0; i < rels.getLength(); i++) {
            Element r = (Element) rels.item(i);
            targets.put(r.getAttribute("Id"), r.getAttribute("Target"));
        }
        NodeList sheets = xml(parts.get("xl/workbook.xml")).getElementsByTagName("sheet");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element s = (Element) sheets.item(i);
            if (s.getAttribute("name").startsWith(prefix)) {
                String target = targets.get(s.getAttribute("r:id"));
                String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                return cells(xml(parts.get(path)), shared);
            }
        }
        throw new AssertionError("geen werkblad " + prefix);
    }

    public static int sheetCount(byte[] xlsx) throws Exception {
        return (int) parts(xlsx).keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).count();
    }

    /** Every part of the package, read through the central directory (the writer streams entries with data descriptors). */
    private static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("regie-", ".xlsx");
        try {
            java.nio.file.Files.write(tmp, xlsx);
            Map<String, byte[]> parts = new HashMap<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            return parts;
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    private static List<List<String>> cells(Document sheet, List<String> shared) {
        List<List<String>> out = new ArrayList<>();
        NodeList rows = sheet.getElementsByTagName("row");
        for (int i = 0; i < rows.getLength(); i++) {
            TreeMap<Integer, String> byColumn = new TreeMap<>();
            NodeList cs = ((Element) rows.item(i)).getElementsByTagName("c");
            for (int j = 0; j < cs.getLength(); j++) {
                Element c = (Element) cs.item(j);
                String ref = c.getAttribute("r").replaceAll("[0-9]", "");
                int col = 0;
                for (char ch : ref.toCharArray()) {
                    col = col * 26 + (ch - 'A' + 1);
                }
                String type = c.getAttribute("t");
                String text;
                if ("s".equals(type)) {
                    text = shared.get(Integer.parseInt(c.getElementsByTagName("v").item(0).getTextContent()));
                } else if ("inlineStr".equals(type)) {
                    text = c.getElementsByTagName("is").item(0).getTextContent();
                } else {
                    NodeList v = c.getElementsByTagName("v");
                    text = v.getLength() == 0 ? "" : v.item(0).getTextContent();
                }
                byColumn.put(col - 1, text);
            }
            List<String> row = new ArrayList<>();
            byColumn.forEach((col, text) -> {
                while (row.size() < col) {
                    row.add("");
                }
                row.add(text);
            });
            out.add(row);
        }
        return out;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
