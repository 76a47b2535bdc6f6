package be.digitalkeys.registry;

import org.keycloak.models.ModelException;

/**
 * The registry database could not answer in time (down, unreachable, wrong settings). Logins of
 * registry users stop with a clear message; Keycloak's own users are not affected.
 */
public final class RegistryUnavailableException extends ModelException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
