package be.digitalkeys.appclient;

/** A request waiting for the device's answer (items of OpenAPI schema {@code PendingList}). */
public record PendingRequest(String request, int expiresIn) {
}
