package nl.regie.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** Metadata of the OpenAPI document at /api/v1/openapi.json (NL API Design Rules: versioned, documented). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Regie API", version = "1.0.0",
                description = "Regierol Wet inburgering 2021: dossiers, levensloop en tijdlijn. Fouten als "
                        + "application/problem+json met Nederlandse detail; datums in ISO 8601; paginering met page en pageSize."),
        servers = @Server(url = "/", description = "Deze installatie"),
        security = {@SecurityRequirement(name = "oidc"), @SecurityRequirement(name = "basic")})
@SecurityScheme(name = "oidc", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "OIDC-toegangstoken van de identity provider van de gemeente")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic", description = "Alleen in het demoprofiel")
class OpenApiConfig {
}
