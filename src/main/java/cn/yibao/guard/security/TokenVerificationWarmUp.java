package cn.yibao.guard.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;

/**
 * Verifies a throwaway token once at start-up: the first real bearer token otherwise pays for loading and
 * initialising the JOSE library (a quarter of a second on a busy machine), against the first check's deadline.
 * The key pair is generated for this and discarded; the token is trusted by nothing.
 */
@ApplicationScoped
public class TokenVerificationWarmUp {

    private static final Logger LOG = Logger.getLogger(TokenVerificationWarmUp.class);

    void onStart(@Observes StartupEvent event) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String token = Jwt.issuer("urn:warm-up").subject("warm-up").groups(Roles.HIS).expiresIn(60)
                    .sign(pair.getPrivate());
            new JwtConsumerBuilder().setVerificationKey(pair.getPublic()).setExpectedIssuer("urn:warm-up")
                    .setRequireExpirationTime().build().processToClaims(token);
        } catch (Exception e) {
            LOG.debugf("Token verification warm-up skipped: %s", e);
        }
    }
}
