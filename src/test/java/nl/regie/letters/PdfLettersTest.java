package nl.regie.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfLettersTest {

    @Test
    void aLetterWithAnArabicParagraphIsValidPdfA() {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Proefbrief</title>
                <style>body { font-family: 'DejaVu Sans'; font-size: 11pt; } .ar { font-family: 'Noto Naskh Arabic', 'DejaVu Sans'; direction: rtl; text-align: right; }</style>
                </head><body>
                <h1>Besluit</h1><p>Geachte mevrouw Haddad,</p>
                <p class="ar" dir="rtl" lang="ar">مرحبا Rasha، هذه خطة الاندماج والمشاركة (PIP) الخاصة بك.</p>
                </body></html>""";
        byte[] pdf = new PdfLetters().render(xhtml);
        assertThat(LetterChecks.pdfaFailures(pdf)).isEmpty();
        assertThat(LetterChecks.text(pdf)).contains("Besluit", "Geachte mevrouw Haddad");
        assertThat(LetterChecks.savePages(pdf, "proefbrief")).isEqualTo(1);
    }
}
