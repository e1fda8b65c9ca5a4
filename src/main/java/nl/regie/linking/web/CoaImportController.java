package nl.regie.linking.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ClassPathResource;
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

import nl.regie.identity.RegieUser;
import nl.regie.linking.CoaImports;
import nl.regie.linking.ImportRun;
import nl.regie.shared.RegieProblem;

/**
 * Koppeling: reading COA klantprofielen from a file (docs/coa-import.md). The report page polls the run's progress
 * with htmx; when the run is done the page reloads itself to show the report.
 */
@Controller
class CoaImportController {

    static final String FIELD = "bestand";

    private final CoaImports imports;

    CoaImportController(CoaImports imports) {
        this.imports = imports;
    }

    @GetMapping("/koppeling")
    String page(RegieUser user, Model model) {
        return page(user, Map.of(), model);
    }

    private String page(RegieUser user, Map<String, String> errors, Model model) {
        model.addAttribute("runs", imports.latest(user, 10));
        model.addAttribute("errors", errors);
        return "linking/imports";
    }

    @PostMapping("/koppeling")
    String upload(RegieUser user, @RequestParam(name = FIELD, required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        try {
            UUID id = imports.start(user, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            return "redirect:/koppeling/" + id;
        } catch (RegieProblem.InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
            return page(user, e.problems(), model);
        } catch (RegieProblem.Conflict e) {
            response.setStatus(409);
            return page(user, Map.of(FIELD, e.getMessage()), model);
        }
    }

    @GetMapping("/koppeling/{id}")
    String report(RegieUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("report", imports.report(user, id));
        model.addAttribute("listed", CoaImports.LISTED);
        return "linking/report";
    }

    /** The progress fragment the report page polls; a finished run makes htmx reload the page for the report. */
    @GetMapping("/koppeling/{id}/voortgang")
    String progress(RegieUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        ImportRun run = imports.run(user, id);
        if (!run.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "linking/report :: progress";
    }

    /** The example files of the documented format, so a consultant can start from a file that reads. */
    @GetMapping("/koppeling/voorbeeld.{ext:csv|json}")
    ResponseEntity<byte[]> example(@PathVariable String ext) throws IOException {
        byte[] body = new ClassPathResource("linking/coa-import-voorbeeld." + ext).getContentAsByteArray();
        return ResponseEntity.ok()
                .contentType(ext.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coa-import-voorbeeld." + ext).build().toString())
                .body(body);
    }
}
