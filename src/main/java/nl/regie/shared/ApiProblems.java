package nl.regie.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem+json bodies (RFC 9457) the way the NL API Design Rules ask: {@code type}, {@code title},
 * {@code status}, {@code detail} in Dutch, {@code instance}, and {@code invalidParams} per field.
 */
public final class ApiProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ApiProblems() {
    }

    public static ProblemDetail of(int status, String title, String detail, String instance) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        p.setTitle(title);
        p.setType(URI.create("https://regie.nl/problemen/" + slug(status)));
        if (instance != null) {
            p.setInstance(URI.create(instance));
        }
        return p;
    }

    public static ProblemDetail invalid(List<Map<String, String>> invalidParams, String instance) {
        String detail = invalidParams.size() == 1
                ? invalidParams.get(0).get("reason")
                : "De invoer bevat " + invalidParams.size() + " fouten: "
                        + String.join(" ", invalidParams.stream().map(m -> m.get("name") + ": " + m.get("reason")).toList());
        ProblemDetail p = of(400, "Ongeldige invoer", detail, instance);
        p.setProperty("invalidParams", invalidParams);
        return p;
    }

    public static Map<String, String> param(String name, String reason) {
        return Map.of("name", name, "code", "invalid", "reason", reason);
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "ongeldige-invoer";
            case 401 -> "niet-aangemeld";
            case 403 -> "geen-toegang";
            case 404 -> "niet-gevonden";
            case 409 -> "conflict";
            default -> "fout-" + status;
        };
    }

    /** JSON text of a problem, for places outside Spring MVC (security entry points). */
    public static String json(int status, String title, String detail, String instance) {
        return "{\"type\":\"https://regie.nl/problemen/" + slug(status) + "\",\"title\":\"" + escape(title)
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\""
                + escape(instance) + "\"}";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
