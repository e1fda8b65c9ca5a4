package nl.regie.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether an upload really is a PDF: it must start with the PDF header {@code %PDF-} (ISO 32000-1 par. 7.5.2) and
 * PDFBox must be able to open it and find at least one page. A renamed .exe or .png fails the first check, a file
 * that only starts like a PDF fails the second.
 */
final class PdfCheck {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfCheck() {
    }

    /** @return a Dutch explanation of why this is not an acceptable PDF, or {@code null} when it is one */
    static String problem(String fileName, byte[] content) {
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return "'" + fileName + "' is geen PDF-bestand. Alleen PDF is toegestaan: sla het document op als PDF of scan het als PDF.";
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.getNumberOfPages() == 0) {
                return "'" + fileName + "' bevat geen pagina's.";
            }
            return null;
        } catch (InvalidPasswordException e) {
            return "'" + fileName + "' is met een wachtwoord beveiligd. Voeg de PDF zonder wachtwoord toe.";
        } catch (IOException | RuntimeException e) {
            // PDFBox refuses what it cannot parse with an IOException, sometimes with an unchecked exception.
            return "'" + fileName + "' begint als een PDF maar is beschadigd of geen echte PDF; het bestand kan niet worden geopend.";
        }
    }
}
