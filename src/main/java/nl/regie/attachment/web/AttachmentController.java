package nl.regie.attachment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.attachment.AddingAttachment;
import nl.regie.attachment.Attachment;
import nl.regie.attachment.AttachmentCategory;
import nl.regie.attachment.AttachmentFile;
import nl.regie.attachment.Attachments;
import nl.regie.attachment.NewAttachment;
import nl.regie.attachment.WithdrawingAttachment;
import nl.regie.dossier.DossierState;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/** The attachments of a dossier ({@code /dossiers/{id}/bijlagen}): list, upload (PDF only), download, withdraw. */
@Controller
class AttachmentController {

    private final Attachments attachments;
    private final AddingAttachment adding;
    private final WithdrawingAttachment withdrawing;

    AttachmentController(Attachments attachments, AddingAttachment adding, WithdrawingAttachment withdrawing) {
        this.attachments = attachments;
        this.adding = adding;
        this.withdrawing = withdrawing;
    }

    @GetMapping("/dossiers/{id}/bijlagen")
    String show(RegieUser user, @PathVariable UUID id, Model model) {
        return page(user, id, null, null, Map.of(), model);
    }

    @PostMapping("/dossiers/{id}/bijlagen")
    String upload(RegieUser user, @PathVariable UUID id, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String description, @RequestParam(required = false) MultipartFile file,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        AttachmentCategory c = null;
        if (category != null && !category.isBlank()) {
            try {
                c = AttachmentCategory.valueOf(category);
            } catch (IllegalArgumentException e) {
                errors.put("category", "Kies de soort bijlage.");
            }
        }
        if (errors.isEmpty()) {
            try {
                byte[] content = file == null ? new byte[0] : file.getBytes();
                adding.add(user, id, new NewAttachment(c, description, file == null ? null : file.getOriginalFilename(), content));
                redirect.addFlashAttribute("flash", "Bijlage toegevoegd.");
                return "redirect:/dossiers/" + id + "/bijlagen";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RegieProblem.InvalidInput e) {
                errors.putAll(e.problems());
            } catch (RegieProblem.Conflict e) {
                model.addAttribute("conflict", e.getMessage());
            }
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        return page(user, id, category, description, errors, model);
    }

    @GetMapping("/dossiers/{id}/bijlagen/{attachmentId}/download")
    ResponseEntity<byte[]> download(RegieUser user, @PathVariable UUID id, @PathVariable long attachmentId) {
        AttachmentFile f = attachments.download(user, id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(f.content());
    }

    @PostMapping("/dossiers/{id}/bijlagen/{attachmentId}/intrekken")
    String withdraw(RegieUser user, @PathVariable UUID id, @PathVariable long attachmentId,
                    @RequestParam(required = false) String withdrawReason, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            withdrawing.withdraw(user, id, attachmentId, withdrawReason);
            redirect.addFlashAttribute("flash", "Bijlage ingetrokken.");
            return "redirect:/dossiers/" + id + "/bijlagen";
        } catch (RegieProblem.InvalidInput e) {
            errors.putAll(e.problems());
            model.addAttribute("withdrawFor", attachmentId);
        } catch (RegieProblem.Conflict e) {
            model.addAttribute("conflict", e.getMessage());
        }
        response.setStatus(model.containsAttribute("conflict") ? 409 : 400);
        return page(user, id, null, null, errors, model);
    }

    /** Also used by {@link UploadTooLargeAdvice} when the upload exceeded the multipart limit. */
    String page(RegieUser user, UUID id, String category, String description, Map<String, String> errors, Model model) {
        Attachments.Overview o = attachments.overview(user, id);
        model.addAttribute("o", o);
        model.addAttribute("d", o.dossier());
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("categories", AttachmentCategory.values());
        model.addAttribute("category", category);
        model.addAttribute("description", description);
        model.addAttribute("maxSize", Attachment.sizeDutch(adding.maxBytes()));
        model.addAttribute("canAdd", user.isCaseworker() && o.dossier().state() != DossierState.CLOSED);
        if (!model.containsAttribute("withdrawFor")) {
            model.addAttribute("withdrawFor", -1L);
        }
        return "attachment/attachments";
    }
}
