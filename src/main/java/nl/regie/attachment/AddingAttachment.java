package nl.regie.attachment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierTimeline;
import nl.regie.dossier.TimelineEvent.EventType;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Adds a PDF attachment to a dossier. Only real PDFs (header and PDFBox), not empty, not larger than
 * {@code regie.attachments.max-bytes}; refused uploads write nothing. Stored in the database with its SHA-256 and
 * never changed afterwards.
 */
@Service
public class AddingAttachment {

    public static final String PDF = "application/pdf";
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_FILE_NAME = 200;

    private final AttachmentStore store;
    private final DossierQueries dossiers;
    private final DossierTimeline timeline;
    private final Clock clock;
    private final long maxBytes;

    AddingAttachment(AttachmentStore store, DossierQueries dossiers, DossierTimeline timeline, Clock clock,
                     @Value("${regie.attachments.max-bytes:10485760}") long maxBytes) {
        this.store = store;
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The largest attachment accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The Dutch message for a file above the limit (also used when the upload already exceeds the multipart limit). */
    public String tooLargeMessage(String fileName, Long size) {
        return (fileName == null || fileName.isBlank() ? "Het bestand" : "'" + fileName + "'") + " is te groot"
                + (size == null ? "" : " (" + Attachment.sizeDutch(size) + ")") + ". Een bijlage is hoogstens "
                + Attachment.sizeDutch(maxBytes) + "; verklein het PDF-bestand of splits het in delen.";
    }

    /** @return the new attachment's id */
    @Transactional
    public long add(RegieUser user, UUID dossierId, NewAttachment upload) {
        AttachmentRules.requireCaseworker(user);
        Dossier d = dossiers.get(user, dossierId, "Bijlage toevoegen", Channel.UI);
        if (d.state() == DossierState.CLOSED) {
            throw new RegieProblem.Conflict("Dossier gesloten",
                    "Het dossier van " + d.fullName() + " is gesloten; er worden geen bijlagen meer aan toegevoegd.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (upload.category() == null) {
            problems.put("category", "Kies de soort bijlage.");
        } else if (upload.category().special() && !d.specialCategoriesVisibleTo(user)) {
            problems.put("category", "Een medische bijlage kan alleen de consulent van dit dossier of een teamleider toevoegen.");
        }
        String description = upload.description() == null ? "" : upload.description().trim();
        if (description.isEmpty()) {
            problems.put("description", "Geef een korte omschrijving, bijvoorbeeld 'Diplomawaardering IDW'.");
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.put("description", "Maximaal " + MAX_DESCRIPTION + " tekens (nu " + description.length() + ").");
        }
        String fileName = cleanFileName(upload.fileName());
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (fileName.isEmpty() && content.length == 0) {
            problems.put("file", "Kies een PDF-bestand.");
        } else if (content.length == 0) {
            problems.put("file", "'" + fileName + "' is leeg (0 bytes). Kies het juiste bestand.");
        } else if (content.length > maxBytes) {
            problems.put("file", tooLargeMessage(fileName, (long) content.length));
        } else {
            String pdfProblem = PdfCheck.problem(fileName.isEmpty() ? "Het bestand" : fileName, content);
            if (pdfProblem != null) {
                problems.put("file", pdfProblem);
            }
        }
        if (!problems.isEmpty()) {
            throw new RegieProblem.InvalidInput(problems);
        }
        store.lockDossier(dossierId);
        String storedName = fileName.isEmpty() ? "bijlage.pdf" : fileName;
        long id = store.insert(dossierId, upload.category(), description, storedName, PDF, content, user.username(), clock.instant());
        // A medical attachment's description stays off the timeline, which everyone who reads the dossier sees.
        String summary = upload.category().special()
                ? "Bijlage toegevoegd: " + upload.category().dutch().toLowerCase() + " (alleen zichtbaar voor de consulent en teamleiders)"
                : "Bijlage toegevoegd: " + upload.category().dutch().toLowerCase() + " — " + description;
        timeline.append(user, dossierId, EventType.ATTACHMENT_ADDED, null, fit(summary + " (" + Attachment.sizeDutch(content.length) + ")"), null);
        return id;
    }

    /** The last part of a path the browser may send, without control characters, at most 200 characters. */
    static String cleanFileName(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.length() > MAX_FILE_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILE_NAME - ext.length()) + ext;
        }
        return name;
    }

    static String fit(String summary) {
        return summary.length() <= 500 ? summary : summary.substring(0, 499) + "…";
    }
}
