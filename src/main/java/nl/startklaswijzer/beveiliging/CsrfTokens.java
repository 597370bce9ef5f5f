package nl.startklaswijzer.beveiliging;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token every form carries against cross-site request forgery: a random value in a cookie that only this site
 * sends (SameSite=Strict, HttpOnly), signed together with the signed-in user's name, and the same value in a hidden
 * field. A forged form from elsewhere has neither; a cookie taken from another user's session does not verify.
 */
@RequestScoped
public class CsrfTokens {

    public static final String VELD = "_csrf";
    static final String COOKIE = "startklaswijzer-csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private final SecurityIdentity identity;
    private final CsrfSleutel sleutel;
    private String token;

    public CsrfTokens(RoutingContext routing, SecurityIdentity identity, CsrfSleutel sleutel) {
        this.routing = routing;
        this.identity = identity;
        this.sleutel = sleutel;
    }

    /** The token for the forms on this page: the cookie's, if it belongs to this user, or a new one set in the cookie. */
    public String token() {
        if (token == null) {
            Cookie cookie = routing.request().getCookie(COOKIE);
            token = cookie != null && klopt(cookie.getValue()) ? cookie.getValue() : nieuw();
        }
        return token;
    }

    /** Whether the submitted field matches the cookie, and the cookie was made for the signed-in user. */
    public boolean isGeldig(String submitted) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return submitted != null && cookie != null && klopt(cookie.getValue())
                && MessageDigest.isEqual(submitted.getBytes(StandardCharsets.US_ASCII), cookie.getValue().getBytes(StandardCharsets.US_ASCII));
    }

    private String nieuw() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String signed = value + "." + handtekening(value);
        routing.response().addCookie(Cookie.cookie(COOKIE, signed).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
        return signed;
    }

    private boolean klopt(String value) {
        int dot = value.indexOf('.');
        return dot > 0 && MessageDigest.isEqual(value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII),
                handtekening(value.substring(0, dot)).getBytes(StandardCharsets.US_ASCII));
    }

    private String handtekening(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel.bytes(), "HmacSHA256"));
            mac.update(value.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            String user = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(user.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
