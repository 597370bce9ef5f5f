package nl.startklaswijzer.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The error answers of the OpenAPI document, one annotation per status. Each refers to a response of the document's
 * components (package-info.java), which has the contract's "fouten" body and an example, so that an operation
 * documents a status with one word. Put them on a resource class for what every operation of it can answer, and on
 * a method for what only that operation can. SmallRye OpenAPI reads OpenAPI annotations through these.
 */
public final class ApiFouten {

    static final String ONGELDIG = "Ongeldig";
    static final String NIET_AANGEMELD = "NietAangemeld";
    static final String GEEN_TOEGANG = "GeenToegang";
    static final String ONBEKEND = "Onbekend";
    static final String NIET_AANVAARDBAAR = "NietAanvaardbaar";
    static final String CONFLICT = "Conflict";
    static final String NIET_BESCHIKBAAR = "NietBeschikbaar";

    private ApiFouten() {
    }

    /** 400: the request is not valid (not JSON, a field missing or wrong); every error names its field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @APIResponse(responseCode = "400", ref = ONGELDIG)
    public @interface Ongeldig {
    }

    /** 401: not signed in, or the credentials are wrong; for every operation that needs a signed-in user. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @APIResponse(responseCode = "401", ref = NIET_AANGEMELD)
    public @interface NietAangemeld {
    }

    /** 403: signed in without a role that may do this; for every operation under @RolesAllowed. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @APIResponse(responseCode = "403", ref = GEEN_TOEGANG)
    public @interface GeenToegang {
    }

    /** 404: what the path names does not exist. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @APIResponse(responseCode = "404", ref = ONBEKEND)
    public @interface Onbekend {
    }

    /** 406: the Accept header asks for a form that the operation does not give; for an operation without sign-in. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @APIResponse(responseCode = "406", ref = NIET_AANVAARDBAAR)
    public @interface NietAanvaardbaar {
    }

    /** 409: the request was based on a version that has changed since. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public @interface Conflict {
    }

    /** 503: the database, or the rule set asked for, cannot be used now; nothing was recorded. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @APIResponse(responseCode = "503", ref = NIET_BESCHIKBAAR)
    public @interface NietBeschikbaar {
    }
}
