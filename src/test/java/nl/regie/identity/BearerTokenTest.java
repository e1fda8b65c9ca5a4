package nl.regie.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import nl.regie.TestData;

/**
 * With an OIDC issuer configured (here: a JwtDecoder for a local key, standing in for the issuer's JWKS), the API
 * accepts bearer tokens whose preferred_username names an active Regie account, and nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "regie.security.api-basic=false")
class BearerTokenTest {

    static final KeyPair KEYS = keys();

    @Autowired
    MockMvc mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    TestData data;

    @TestConfiguration
    static class Issuer {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }

        @Bean
        JwtEncoder jwtEncoder() {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate()).build();
            return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        }
    }

    private String token(String username) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("https://idp.gemeente.test").subject("sub-" + username)
                .claim("preferred_username", username).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        return encoder.encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    @Test
    void tokenOfARegieAccountIsAccepted() throws Exception {
        data.wassenaarDossier();
        mvc.perform(get("/api/v1/dossiers").header("Authorization", "Bearer " + token(TestData.CONSULTANT_WASSENAAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.dossiers[0].municipalityCode").value("0629"));
        // Role comes from Regie, not from the token: a policy officer's token still gets no dossiers.
        mvc.perform(get("/api/v1/dossiers").header("Authorization", "Bearer " + token(TestData.POLICY_OFFICER_WASSENAAR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownAccountForgedTokenAndBasicAreRefused() throws Exception {
        mvc.perform(get("/api/v1/dossiers").header("Authorization", "Bearer " + token("onbekend")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/dossiers").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/dossiers").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic(TestData.CONSULTANT_WASSENAAR, TestData.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
