package be.digitalkeys.appclient;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * The operations {@link AppClient} and {@link AppDevice} call; request fields are read from the
 * very types Jackson writes, so the contract test checks what goes on the wire.
 */
final class Operations {

    static final String POST = "POST";

    static final ApiOperation START_ENROLMENT = operation("startEnrolment", "/enrolments", Bodies.EnrolmentStart.class);
    static final ApiOperation CONFIRM_SMS_CODE = operation("confirmSmsCode", "/enrolments/{enrolment}/sms-code", Bodies.SmsCode.class);
    static final ApiOperation REGISTER_DEVICE = operation("registerDevice", "/enrolments/{enrolment}/device", Bodies.DeviceRegistration.class);
    static final ApiOperation PENDING_REQUESTS = operation("pendingRequests", "/devices/{device}/pending", SignedMessage.class);
    static final ApiOperation VIEW_REQUEST = operation("viewRequest", "/requests/{request}/view", SignedMessage.class);
    static final ApiOperation ANSWER_REQUEST = operation("answerRequest", "/requests/{request}/answer", SignedMessage.class);

    static final List<ApiOperation> ALL = List.of(
            START_ENROLMENT, CONFIRM_SMS_CODE, REGISTER_DEVICE, PENDING_REQUESTS, VIEW_REQUEST, ANSWER_REQUEST);

    private Operations() {
    }

    private static ApiOperation operation(String operationId, String pathTemplate, Class<?> body) {
        return new ApiOperation(operationId, POST, pathTemplate, jsonFields(body));
    }

    /** The property names Jackson writes for the type. */
    static Set<String> jsonFields(Class<?> type) {
        ObjectMapper mapper = AppHttp.MAPPER;
        return mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
