package nl.regie.dossier.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.audit.AccessLog.Channel;
import nl.regie.dossier.ClosureReason;
import nl.regie.dossier.CompletionType;
import nl.regie.dossier.Dossier;
import nl.regie.dossier.DossierLifecycle;
import nl.regie.dossier.DossierQueries;
import nl.regie.dossier.DossierState;
import nl.regie.dossier.DossierSummary;
import nl.regie.dossier.NewDossier;
import nl.regie.dossier.ReassigningDossier;
import nl.regie.dossier.RecordingLifecycleStep;
import nl.regie.dossier.RegisteringDossier;
import nl.regie.dossier.TimelineEvent;
import nl.regie.identity.RegieUser;
import nl.regie.shared.RegieProblem;

/**
 * Dossiers in the JSON API. Tenant and role rules are those of the services, exactly as in the UI.
 * Paging follows the NL API Design Rules: {@code page} (from 1) and {@code pageSize}, HAL {@code _links}.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Inburgeringsdossiers en hun levensloop")
class DossierApiController {

    static final String DEFAULT_PURPOSE = "Uitvoering regierol Wet inburgering 2021 (API)";

    private final DossierQueries queries;
    private final RegisteringDossier registering;
    private final RecordingLifecycleStep recording;
    private final ReassigningDossier reassigning;

    DossierApiController(DossierQueries queries, RegisteringDossier registering, RecordingLifecycleStep recording,
                         ReassigningDossier reassigning) {
        this.queries = queries;
        this.registering = registering;
        this.recording = recording;
        this.reassigning = reassigning;
    }

    @GetMapping
    @Operation(summary = "Dossiers van de eigen gemeente, gepagineerd en te filteren op status en consulent")
    Map<String, Object> list(RegieUser user,
                             @RequestParam(required = false) DossierState state,
                             @RequestParam(required = false) String consultant,
                             @RequestParam(defaultValue = "1") int page,
                             @RequestParam(defaultValue = "20") int pageSize,
                             @Parameter(description = "Doel van de raadpleging (doelbinding), komt in het toegangslog")
                             @RequestHeader(name = "X-Regie-Purpose", required = false) String purpose,
                             UriComponentsBuilder uri) {
        if (page < 1) {
            throw new RegieProblem.InvalidInput("page", "Paginanummer begint bij 1.");
        }
        if (pageSize < 1 || pageSize > DossierQueries.MAX_PAGE_SIZE) {
            throw new RegieProblem.InvalidInput("pageSize", "Paginagrootte moet tussen 1 en " + DossierQueries.MAX_PAGE_SIZE + " liggen.");
        }
        DossierQueries.Page p = queries.list(user, new DossierQueries.WorklistFilter(state, blank(consultant), null),
                page, pageSize, purpose(purpose), Channel.API);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", href(uri, state, consultant, p.page(), pageSize));
        links.put("first", href(uri, state, consultant, 1, pageSize));
        if (p.hasPrevious()) {
            links.put("prev", href(uri, state, consultant, p.page() - 1, pageSize));
        }
        if (p.hasNext()) {
            links.put("next", href(uri, state, consultant, p.page() + 1, pageSize));
        }
        links.put("last", href(uri, state, consultant, p.pages(), pageSize));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("_links", links);
        body.put("_embedded", Map.of("dossiers", p.items().stream().map(DossierApiController::item).toList()));
        body.put("page", Map.of("number", p.page(), "size", p.pageSize(), "totalElements", p.total(), "totalPages", p.pages()));
        return body;
    }

    @PostMapping
    @Operation(summary = "Dossier aanmaken (bij koppeling door het COA of bij BRP-inschrijving)")
    ResponseEntity<DossierResource> create(RegieUser user, @RequestBody NewDossier body) {
        UUID id = registering.register(user, body);
        Dossier d = queries.get(user, id, "Dossier aangemaakt", Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id)).body(resource(user, d));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén dossier")
    DossierResource get(RegieUser user, @PathVariable UUID id,
                        @RequestHeader(name = "X-Regie-Purpose", required = false) String purpose) {
        return resource(user, queries.get(user, id, purpose(purpose), Channel.API));
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "De tijdlijn van een dossier: wie deed wat, wanneer en waarom")
    Map<String, Object> events(RegieUser user, @PathVariable UUID id,
                               @RequestHeader(name = "X-Regie-Purpose", required = false) String purpose) {
        List<TimelineEvent> events = queries.timeline(user, id, purpose(purpose), Channel.API);
        return Map.of("_links", Map.of("self", Map.of("href", "/api/v1/dossiers/" + id + "/events"),
                        "dossier", Map.of("href", "/api/v1/dossiers/" + id)),
                "_embedded", Map.of("events", events));
    }

    /** A lifecycle step as posted. {@code version} is the dossier version the client last read. */
    record StepBody(DossierState state, LocalDate date, CompletionType completionType, ClosureReason closureReason,
                    String reason, Long version) {
    }

    @PostMapping("/{id}/lifecycle-steps")
    @Operation(summary = "Een stap in de levensloop vastleggen (optimistische vergrendeling via version)")
    DossierResource step(RegieUser user, @PathVariable UUID id, @RequestBody StepBody body) {
        if (body.version() == null) {
            throw new RegieProblem.InvalidInput("version", "Geef de versie van het dossier mee die u het laatst hebt gelezen.");
        }
        recording.recordGeneric(user, id, body.version(),
                new DossierLifecycle.StepRequest(body.state(), body.date(), body.completionType(), body.closureReason()),
                body.reason());
        return resource(user, queries.get(user, id, "Stap vastgelegd", Channel.API));
    }

    record AssignmentBody(String consultantUsername, String reason, Long version) {
    }

    @PutMapping("/{id}/consultant")
    @Operation(summary = "Dossier toewijzen aan een consulent (teamleider)")
    DossierResource assign(RegieUser user, @PathVariable UUID id, @RequestBody AssignmentBody body) {
        if (body.version() == null) {
            throw new RegieProblem.InvalidInput("version", "Geef de versie van het dossier mee die u het laatst hebt gelezen.");
        }
        reassigning.reassign(user, id, body.version(), body.consultantUsername(), body.reason());
        return resource(user, queries.get(user, id, "Dossier toegewezen", Channel.API));
    }

    private DossierResource resource(RegieUser user, Dossier d) {
        return DossierResource.of(d, queries.law(user, d));
    }

    private static Map<String, Object> item(DossierSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("municipalityCode", s.municipalityCode());
        m.put("givenNames", s.givenNames());
        m.put("familyName", s.familyName());
        m.put("birthDate", s.birthDate());
        m.put("nationality", s.nationality());
        m.put("targetGroup", s.targetGroup());
        m.put("state", s.state());
        if (s.stateSince() != null) {
            m.put("stateSince", s.stateSince());
        }
        if (s.consultantUsername() != null) {
            m.put("consultant", s.consultantUsername());
        }
        m.put("version", s.version());
        m.put("openSignals", s.signalCount());
        m.put("_links", Map.of("self", Map.of("href", "/api/v1/dossiers/" + s.id())));
        return m;
    }

    private static Map<String, String> href(UriComponentsBuilder base, DossierState state, String consultant, int page, int size) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/api/v1/dossiers");
        if (state != null) {
            b.queryParam("state", state);
        }
        if (blank(consultant) != null) {
            b.queryParam("consultant", consultant);
        }
        b.queryParam("page", page).queryParam("pageSize", size);
        return Map.of("href", b.build().encode().toUriString());
    }

    private static String purpose(String header) {
        return header == null || header.isBlank() ? DEFAULT_PURPOSE : header.trim().substring(0, Math.min(200, header.trim().length()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The API representation of a dossier; dates as ISO 8601. */
    record DossierResource(UUID id, String municipalityCode, String bsn, String givenNames, String familyName,
                           LocalDate birthDate, String nationality, String targetGroup, String contactLanguage,
                           boolean interpreterNeeded, DossierState state, String consultant,
                           Map<DossierState, LocalDate> stepDates, CompletionType completionType,
                           ClosureReason closureReason, List<?> householdMembers, Object coaProfile,
                           List<DossierState> allowedNextStates, List<nl.regie.dossier.DossierDeadline> deadlines,
                           List<nl.regie.dossier.Signal> signals, Instant updatedAt, long version,
                           Map<String, Object> _links) {

        static DossierResource of(Dossier d, DossierQueries.LawView law) {
            return new DossierResource(d.id(), d.municipalityCode(), d.bsn().value(), d.givenNames(), d.familyName(),
                    d.birthDate(), d.nationality(), d.targetGroup().name(), d.contactLanguage(), d.interpreterNeeded(),
                    d.state(), d.consultantUsername(), d.stepDates(), d.completionType(), d.closureReason(),
                    d.householdMembers(), d.coaProfile(), d.nextStates(), law.deadlines(), law.signals(), d.updatedAt(), d.version(),
                    Map.of("self", Map.of("href", "/api/v1/dossiers/" + d.id()),
                            "events", Map.of("href", "/api/v1/dossiers/" + d.id() + "/events"),
                            "lifecycleSteps", Map.of("href", "/api/v1/dossiers/" + d.id() + "/lifecycle-steps")));
        }
    }
}
