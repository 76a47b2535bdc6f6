package be.digitalkeys.appclient;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON bodies of the app API that have no public type, named after their OpenAPI schemas. */
final class Bodies {

    private Bodies() {
    }

    /** Request of startEnrolment. */
    record EnrolmentStart(String activationToken, String phoneNumber) {
    }

    /** Request of confirmSmsCode. */
    record SmsCode(String code) {
    }

    /** Request of registerDevice; {@code pushToken} is left out when there is none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeviceRegistration(String publicKey, String name, String pushToken, String payload, String signature) {
    }

    /** Answer of registerDevice. */
    record Device(String device, String firstName) {
    }

    /** Answer of pendingRequests. */
    record PendingList(List<PendingRequest> requests) {
    }

    /** Answer of answerRequest. */
    record AnswerResult(String state) {
    }

    /** Every error answer (schema {@code Error}). */
    record ApiError(String error, Integer attemptsLeft) {
    }
}
