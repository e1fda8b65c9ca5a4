package nl.regie.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

import nl.regie.shared.ApiProblems;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: OIDC bearer tokens when an issuer is configured,
 * HTTP Basic only where {@code regie.security.api-basic=true} (the demo profile). The UI uses form login with
 * sessions stored in the database (so any instance serves any user) and CSRF protection.
 * URL rules here are coarse (by role); tenant rules are enforced per dossier in the dossier module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String[] DOSSIER_ROLES = {"CONSULTANT", "TEAM_LEAD", "CHAIN_PARTNER"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return username -> {
            RegieUser u = users.find(username).orElseThrow(() -> new UsernameNotFoundException("onbekend"));
            return User.withUsername(u.username())
                    .password(users.passwordHash(username).orElseThrow())
                    .authorities(u.role().authority())
                    .disabled(!u.active())
                    .build();
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, Users users,
                            @Value("${regie.security.api-basic:false}") boolean basic) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        .requestMatchers("/api/v1/dossiers/**", "/api/v1/dossiers").hasAnyRole(DOSSIER_ROLES)
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(req, res, 401, "Niet aangemeld",
                                "Meld u aan met een geldig toegangstoken."))
                        .accessDeniedHandler((req, res, ex) -> problem(req, res, 403, "Geen toegang",
                                "Uw rol geeft geen toegang tot deze gegevens.")));
        if (basic) {
            http.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
                res.setHeader("WWW-Authenticate", "Basic realm=\"Regie\"");
                problem(req, res, 401, "Niet aangemeld", "Gebruikersnaam of wachtwoord onjuist.");
            }));
        }
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new AccountFromToken(users)))
                    .authenticationEntryPoint((req, res, ex) -> problem(req, res, 401, "Niet aangemeld",
                            "Het toegangstoken is ongeldig of verlopen.")));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/vendor/**", "/favicon.ico", "/error",
                                "/actuator/health/**").permitAll()
                        .requestMatchers("/beheer/**").hasRole("FUNCTIONAL_ADMIN")
                        .requestMatchers("/cijfers/**").hasAnyRole("POLICY_OFFICER", "TEAM_LEAD")
                        .requestMatchers("/signalen/**").hasRole("TEAM_LEAD")
                        .requestMatchers("/planning", "/planning/**").hasAnyRole("POLICY_OFFICER", "TEAM_LEAD")
                        .requestMatchers("/handhaving/**").hasAnyRole("TEAM_LEAD", "CONSULTANT", "POLICY_OFFICER")
                        .requestMatchers("/ontzorgen/**").hasRole("TEAM_LEAD")
                        .requestMatchers("/koppeling/**", "/koppeling").hasAnyRole("CONSULTANT", "TEAM_LEAD")
                        .requestMatchers("/werkvoorraad/**", "/dossiers/**").hasAnyRole(DOSSIER_ROLES)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?fout"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    static void problem(HttpServletRequest req, HttpServletResponse res, int status, String title, String detail)
            throws IOException {
        res.setStatus(status);
        res.setContentType(ApiProblems.MEDIA_TYPE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write(ApiProblems.json(status, title, detail, req.getRequestURI()));
    }

    /**
     * A bearer token authenticates an existing, active Regie account: the token's {@code preferred_username}
     * names it, the role comes from Regie (not from the identity provider), so tenant and role rules stay in one place.
     */
    static final class AccountFromToken implements Converter<Jwt, AbstractAuthenticationToken> {
        private final Users users;

        AccountFromToken(Users users) {
            this.users = users;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            String name = jwt.getClaimAsString("preferred_username");
            if (name == null) {
                name = jwt.getSubject();
            }
            RegieUser u = users.find(name).filter(RegieUser::active)
                    .orElseThrow(() -> new BadCredentialsException("Geen actief Regie-account voor dit token."));
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(u.role().authority())), u.username());
        }
    }
}
