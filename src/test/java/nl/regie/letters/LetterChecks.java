package nl.regie.letters;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helpers for letters: PDF/A validation with veraPDF, text extraction, and page images to look at. */
public final class LetterChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private LetterChecks() {
    }

    /** @return the failed PDF/A rules (empty when compliant), as readable lines */
    public static List<String> pdfaFailures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            if (!result.getPDFAFlavour().getId().startsWith("2")) {
                return List.of("Verkeerde PDF/A-variant: " + result.getPDFAFlavour());
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                    .distinct().toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF kon de brief niet valideren", e);
        }
    }

    /** The letter's text with line breaks and runs of spaces folded, so a test can look for whole sentences. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every page as PNG under target/letters so a person can look at the letter. */
    public static int savePages(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of("target", "letters"));
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 90);
                ImageIO.write(image, "png", dir.resolve(name + "-p" + (i + 1) + ".png").toFile());
            }
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
