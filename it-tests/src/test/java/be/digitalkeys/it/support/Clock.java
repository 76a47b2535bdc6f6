package be.digitalkeys.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Shifts Keycloak's clock through the test-only dk-testing endpoint, so expiry is tested without
 * sleeping. Always reset it in a finally block.
 */
public final class Clock implements AutoCloseable {

    private final TestEnvironment env;
    private int offset;

    public Clock(TestEnvironment env) {
        this.env = env;
    }

    public void shiftSeconds(int seconds) {
        offset = seconds;
        put(seconds);
    }

    /** Server time now, as the user's phone should see it after the shift. */
    public long serverEpochSeconds() {
        return System.currentTimeMillis() / 1000 + offset;
    }

    /**
     * Puts the clock back and gives the admin client a token issued at the real time: a token
     * or session created while the clock was shifted is refused afterwards.
     */
    @Override
    public void close() {
        shiftSeconds(0);
        env.admin().tokenManager().grantToken();
    }

    private void put(int seconds) {
        // A shifted clock can make the admin token look expired to the server: get a new one then.
        if (send(seconds) == 401) {
            env.admin().tokenManager().grantToken();
            if (send(seconds) != 200) {
                throw new IllegalStateException("Time offset refused after a new token");
            }
        }
    }

    private int send(int seconds) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(env.baseUrl()
                            + "/realms/master/dk-testing/time-offset?seconds=" + seconds))
                    .header("Authorization", "Bearer " + env.admin().tokenManager().getAccessTokenString())
                    .PUT(HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 401) {
                throw new IllegalStateException("Time offset refused: HTTP " + response.statusCode());
            }
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
