package be.digitalkeys.appclient;

/** An enrolment just started (OpenAPI schema {@code Enrolment}): its id and the SMS code's validity and length. */
public record Enrolment(String enrolment, int expiresIn, int codeLength) {
}
