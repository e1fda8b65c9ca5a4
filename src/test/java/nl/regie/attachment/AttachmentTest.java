package nl.regie.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import nl.regie.IntegrationTest;
import nl.regie.TestData;
import nl.regie.identity.NewUser;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.shared.RegieProblem;

class AttachmentTest extends IntegrationTest {

    static final String OTHER_CONSULTANT = "t-consulent-wsn-2";

    @Autowired
    AddingAttachment adding;

    @Autowired
    Attachments attachments;

    @Autowired
    WithdrawingAttachment withdrawing;

    @Autowired
    Users users;

    private RegieUser consultant() {
        return data.user(TestData.CONSULTANT_WASSENAAR);
    }

    private RegieUser teamLead() {
        return data.user(TestData.TEAM_LEAD_WASSENAAR);
    }

    /** A colleague in the same municipality who is not this dossier's consultant. */
    private RegieUser colleague() {
        users.ensure(new NewUser(OTHER_CONSULTANT, "Tweede Consulent Wassenaar", Role.CONSULTANT, "0629", null, TestData.PASSWORD));
        return data.user(OTHER_CONSULTANT);
    }

    /** A real, small PDF with one page. */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] passwordProtectedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The first bytes of a PNG image: what a photo renamed to .pdf looks like. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private long rows(UUID dossierId) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_attachment WHERE dossier_id = ?").param(dossierId).query(Long.class).single();
    }

    private long events(UUID dossierId, String type) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND event_type = ?")
                .params(dossierId, type).query(Long.class).single();
    }

    private static Map<String, String> problems(Runnable r) {
        try {
            r.run();
        } catch (RegieProblem.InvalidInput e) {
            return e.problems();
        }
        throw new AssertionError("expected InvalidInput");
    }

    @Test
    void aPdfIsStoredListedWithWhoWhenAndSizeAndDownloadedUnchangedWithALogLine() {
        UUID id = data.wassenaarDossier();
        byte[] pdf = pdf();
        long attachmentId = adding.add(consultant(), id,
                new NewAttachment(AttachmentCategory.DIPLOMA, "Diplomawaardering IDW", "C:\\fakepath\\diploma.pdf", pdf));

        Attachments.Overview o = attachments.overview(consultant(), id);
        assertThat(o.attachments()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(attachmentId);
            assertThat(a.fileName()).isEqualTo("diploma.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.sizeBytes()).isEqualTo(pdf.length);
            assertThat(a.uploadedBy()).isEqualTo(TestData.CONSULTANT_WASSENAAR);
            assertThat(a.sha256()).hasSize(64);
        });
        assertThat(o.withdrawable()).containsExactly(attachmentId);

        AttachmentFile f = attachments.download(consultant(), id, attachmentId);
        assertThat(f.content()).isEqualTo(pdf);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'DOWNLOAD_ATTACHMENT'"
                + " AND username = ?").params(id, TestData.CONSULTANT_WASSENAAR).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'ATTACHMENT_ADDED'")
                .param(id).query(String.class).single()).startsWith("Bijlage toegevoegd: diploma — Diplomawaardering IDW (");
    }

    @Test
    void everyRefusalHasItsDutchMessageAndWritesNothing() throws IOException {
        UUID id = data.wassenaarDossier();
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(null, " ", "", new byte[0])))).containsExactly(
                Map.entry("category", "Kies de soort bijlage."),
                Map.entry("description", "Geef een korte omschrijving, bijvoorbeeld 'Diplomawaardering IDW'."),
                Map.entry("file", "Kies een PDF-bestand."));
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(AttachmentCategory.OTHER, "Leeg", "leeg.pdf", new byte[0]))))
                .containsExactly(Map.entry("file", "'leeg.pdf' is leeg (0 bytes). Kies het juiste bestand."));
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(AttachmentCategory.OTHER, "x".repeat(501), "a.pdf", pdf()))))
                .containsExactly(Map.entry("description", "Maximaal 500 tekens (nu 501)."));
        // A photo or a program renamed to .pdf.
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(AttachmentCategory.IDENTITY, "Paspoort", "paspoort.pdf", PNG))))
                .containsExactly(Map.entry("file", "'paspoort.pdf' is geen PDF-bestand. Alleen PDF is toegestaan: sla het document "
                        + "op als PDF of scan het als PDF."));
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 200);
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(AttachmentCategory.OTHER, "Programma", "setup.pdf", exe))))
                .containsKey("file");
        // A file that only starts like a PDF: PDFBox cannot open it.
        byte[] fake = "%PDF-1.7\nDit is geen echte PDF, alleen de eerste regel klopt.\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(AttachmentCategory.OTHER, "Nep", "nep.pdf", fake))))
                .containsExactly(Map.entry("file", "'nep.pdf' begint als een PDF maar is beschadigd of geen echte PDF; "
                        + "het bestand kan niet worden geopend."));
        byte[] locked = passwordProtectedPdf();
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(AttachmentCategory.OTHER, "Slot", "slot.pdf", locked))))
                .containsExactly(Map.entry("file", "'slot.pdf' is met een wachtwoord beveiligd. Voeg de PDF zonder wachtwoord toe."));
        // One byte above the limit (default 10 MB), even when the start is a valid PDF header.
        byte[] big = Arrays.copyOf(pdf(), (int) adding.maxBytes() + 1);
        assertThat(problems(() -> adding.add(consultant(), id, new NewAttachment(AttachmentCategory.OTHER, "Groot", "groot.pdf", big))))
                .containsExactly(Map.entry("file", "'groot.pdf' is te groot (10,0 MB). Een bijlage is hoogstens 10 MB; "
                        + "verklein het PDF-bestand of splits het in delen."));
        assertThat(rows(id)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_attachment_content c JOIN dossier_attachment a ON a.id = c.attachment_id"
                + " WHERE a.dossier_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(events(id, "ATTACHMENT_ADDED")).isZero();
    }

    @Test
    void medicalAttachmentsAreSeenOnlyByTheDossiersConsultantAndTeamLeads() {
        UUID id = data.wassenaarDossier();
        long medical = adding.add(consultant(), id, new NewAttachment(AttachmentCategory.MEDICAL, "Verklaring huisarts", "huisarts.pdf", pdf()));
        long letter = adding.add(teamLead(), id, new NewAttachment(AttachmentCategory.CORRESPONDENCE, "Brief DUO", "duo.pdf", pdf()));

        // Who sees what in the list.
        assertThat(attachments.overview(consultant(), id).attachments()).extracting(Attachment::id).containsExactlyInAnyOrder(medical, letter);
        assertThat(attachments.overview(teamLead(), id).attachments()).extracting(Attachment::id).containsExactlyInAnyOrder(medical, letter);
        Attachments.Overview colleagues = attachments.overview(colleague(), id);
        assertThat(colleagues.attachments()).extracting(Attachment::id).containsExactly(letter);
        assertThat(colleagues.seesSpecial()).isFalse();

        // Download: the colleague gets the same answer as for an attachment that does not exist.
        assertThat(attachments.download(teamLead(), id, medical).content()).isNotEmpty();
        assertThatThrownBy(() -> attachments.download(colleague(), id, medical)).isInstanceOf(RegieProblem.NotFound.class)
                .hasMessage("Deze bijlage bestaat niet (meer) of u kunt haar niet inzien.");
        assertThatThrownBy(() -> attachments.download(colleague(), id, 987_654_321L)).isInstanceOf(RegieProblem.NotFound.class)
                .hasMessage("Deze bijlage bestaat niet (meer) of u kunt haar niet inzien.");
        assertThat(attachments.download(colleague(), id, letter).content()).isNotEmpty();

        // Another municipality: the dossier does not exist; policy officer: no dossiers at all; chain partner: none yet.
        RegieUser voorschoten = data.user(TestData.CONSULTANT_VOORSCHOTEN);
        assertThatThrownBy(() -> attachments.overview(voorschoten, id)).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> attachments.download(voorschoten, id, letter)).isInstanceOf(RegieProblem.NotFound.class);
        assertThatThrownBy(() -> attachments.overview(data.user(TestData.POLICY_OFFICER_WASSENAAR), id)).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> attachments.download(data.user(TestData.POLICY_OFFICER_WASSENAAR), id, letter))
                .isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> attachments.overview(data.user(TestData.CHAIN_PARTNER), id)).isInstanceOf(RegieProblem.NotFound.class);

        // The timeline, which every reader of the dossier sees, does not describe the medical document.
        assertThat(jdbc.sql("SELECT summary FROM dossier_event WHERE dossier_id = ? AND event_type = 'ATTACHMENT_ADDED' ORDER BY id")
                .param(id).query(String.class).list().get(0))
                .startsWith("Bijlage toegevoegd: medisch (alleen zichtbaar voor de consulent en teamleiders)")
                .doesNotContain("huisarts");
        // Only the log lines of permitted downloads exist.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE dossier_id = ? AND action = 'DOWNLOAD_ATTACHMENT'")
                .param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyCaseworkersAddAndOnlyTheConsultantOrATeamLeadAddsAMedicalAttachment() {
        UUID id = data.wassenaarDossier();
        assertThat(problems(() -> adding.add(colleague(), id, new NewAttachment(AttachmentCategory.MEDICAL, "Verklaring", "v.pdf", pdf()))))
                .containsExactly(Map.entry("category", "Een medische bijlage kan alleen de consulent van dit dossier of een teamleider toevoegen."));
        assertThatThrownBy(() -> adding.add(data.user(TestData.POLICY_OFFICER_WASSENAAR), id,
                new NewAttachment(AttachmentCategory.OTHER, "x", "x.pdf", pdf()))).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> adding.add(data.user(TestData.CHAIN_PARTNER), id,
                new NewAttachment(AttachmentCategory.OTHER, "x", "x.pdf", pdf()))).isInstanceOf(RegieProblem.Forbidden.class);
        assertThatThrownBy(() -> adding.add(data.user(TestData.CONSULTANT_VOORSCHOTEN), id,
                new NewAttachment(AttachmentCategory.OTHER, "x", "x.pdf", pdf()))).isInstanceOf(RegieProblem.NotFound.class);
        assertThat(rows(id)).isZero();
    }

    @Test
    void onlyTheUploaderWithdrawsAndOnlyWithinTheFirstMinutes() {
        UUID id = data.wassenaarDossier();
        long wrong = adding.add(consultant(), id, new NewAttachment(AttachmentCategory.IDENTITY, "Paspoort", "paspoort.pdf", pdf()));
        long late = adding.add(consultant(), id, new NewAttachment(AttachmentCategory.IDENTITY, "Verblijfsdocument", "vvr.pdf", pdf()));
        jdbc.sql("UPDATE dossier_attachment SET uploaded_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(11, ChronoUnit.MINUTES)), late).update();

        assertThatThrownBy(() -> withdrawing.withdraw(teamLead(), id, wrong, "Verkeerd dossier")).isInstanceOf(RegieProblem.Forbidden.class);
        assertThat(problems(() -> withdrawing.withdraw(consultant(), id, wrong, " ")))
                .containsExactly(Map.entry("withdrawReason", "Geef de reden, bijvoorbeeld 'verkeerd dossier' of 'verkeerd bestand'."));
        assertThatThrownBy(() -> withdrawing.withdraw(consultant(), id, late, "Verkeerd bestand"))
                .isInstanceOf(RegieProblem.Conflict.class).hasMessageContaining("eerste 10 minuten");
        assertThat(attachments.overview(consultant(), id).withdrawable()).containsExactly(wrong);

        withdrawing.withdraw(consultant(), id, wrong, "Verkeerd dossier");
        assertThat(attachments.overview(consultant(), id).attachments()).extracting(Attachment::id).containsExactly(late);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_attachment_content WHERE attachment_id = ?").param(wrong)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT reason FROM dossier_event WHERE dossier_id = ? AND event_type = 'ATTACHMENT_WITHDRAWN'")
                .param(id).query(String.class).single()).isEqualTo("Verkeerd dossier");
    }

    @Test
    void theScreenRefusesANonPdfInDutchAndDownloadsAsAnAttachment() throws Exception {
        UUID id = data.wassenaarDossier();
        mvc.perform(multipart("/dossiers/" + id + "/bijlagen")
                        .file(new MockMultipartFile("file", "foto.pdf", "application/pdf", PNG))
                        .param("category", "IDENTITY").param("description", "Pasfoto")
                        .with(csrf()).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("is geen PDF-bestand")))
                .andExpect(content().string(Matchers.containsString("value=\"Pasfoto\"")));
        assertThat(rows(id)).isZero();

        mvc.perform(multipart("/dossiers/" + id + "/bijlagen")
                        .file(new MockMultipartFile("file", "brief gemeente é.pdf", "application/octet-stream", pdf()))
                        .param("category", "CORRESPONDENCE").param("description", "Brief")
                        .with(csrf()).with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().is3xxRedirection());
        long attachmentId = attachments.overview(consultant(), id).attachments().get(0).id();
        mvc.perform(get("/dossiers/" + id + "/bijlagen/" + attachmentId + "/download")
                        .with(user(TestData.CONSULTANT_WASSENAAR).roles("CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("filename*=UTF-8''brief%20gemeente%20%C3%A9.pdf")));
        mvc.perform(get("/dossiers/" + id + "/bijlagen/" + attachmentId + "/download")
                        .with(user(TestData.CONSULTANT_VOORSCHOTEN).roles("CONSULTANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/bijlagen").with(user(TestData.POLICY_OFFICER_WASSENAAR).roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void attachmentsAreNeverUpdatedInCode() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = java.nio.file.Files.readString(p).toUpperCase();
                    return s.contains("UPDATE DOSSIER_ATTACHMENT");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
            assertThat(offending).isEmpty();
        }
    }
}
