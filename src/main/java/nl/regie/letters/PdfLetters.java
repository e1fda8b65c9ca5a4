package nl.regie.letters;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Service;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders formal letters (beschikkingen) as PDF/A-2b: fonts embedded (DejaVu Sans for Latin script, Noto Naskh
 * Arabic for Arabic), sRGB output intent, and Unicode bidi splitting and reordering so Arabic comes out joined
 * and right-to-left. Input is well-formed XHTML (the templates under templates/letters).
 */
@Service
public class PdfLetters {

    public static final String LATIN_FONT = "DejaVu Sans";
    public static final String ARABIC_FONT = "Noto Naskh Arabic";

    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            b.useColorProfile(srgb);
            font(b, "/fonts/DejaVuSans.ttf", LATIN_FONT, 400);
            font(b, "/fonts/DejaVuSans-Bold.ttf", LATIN_FONT, 700);
            font(b, "/fonts/NotoNaskhArabic-Regular.ttf", ARABIC_FONT, 400);
            font(b, "/fonts/NotoNaskhArabic-Bold.ttf", ARABIC_FONT, 700);
            b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            b.useUnicodeBidiReorderer(new ICUBidiReorderer());
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Brief kon niet worden opgemaakt", e);
        }
    }

    private static void font(PdfRendererBuilder b, String resource, String family, int weight) {
        b.useFont(() -> open(resource), family, weight, FontStyle.NORMAL, true);
    }

    private static InputStream open(String resource) {
        InputStream in = PdfLetters.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Lettertype ontbreekt: " + resource);
        }
        return in;
    }
}
