package be.digitalkeys.appclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The reference client against the OpenAPI document the server publishes. */
class AppClientContractTest {

    private static OpenApiDocument document;

    @BeforeAll
    static void readDocument() throws Exception {
        document = OpenApiDocument.read();
    }

    @Test
    void clientOperations_matchTheDocument_oneForOne() {
        assertEquals(List.of(), OpenApiDocument.differences(AppClient.operations(), document.operations()));
        assertEquals(document.operations().size(), AppClient.operations().size());
    }

    @Test
    void apiRoot_isTheDocumentsServerUrl() {
        assertEquals(AppClient.API_ROOT_TEMPLATE, document.serverUrl());
        AppClient client = new AppClient(URI.create("http://127.0.0.1:8080/"), "public-services");
        assertEquals("http://127.0.0.1:8080/realms/public-services/dk-app", client.apiRoot().toString());
    }

    @Test
    void wrongPath_isDetected() {
        List<ApiOperation> planted = new ArrayList<>(AppClient.operations());
        ApiOperation view = Operations.VIEW_REQUEST;
        planted.set(planted.indexOf(view), new ApiOperation(view.operationId(), view.method(), "/request/{request}/view", view.requestFields()));
        List<String> differences = OpenApiDocument.differences(planted, document.operations());
        assertEquals(1, differences.size(), differences.toString());
        assertTrue(differences.get(0).startsWith("viewRequest: path"), differences.get(0));
    }

    @Test
    void wrongMethod_wrongField_missingAndUnknownOperations_areDetected() {
        List<ApiOperation> planted = new ArrayList<>(AppClient.operations());
        ApiOperation sms = Operations.CONFIRM_SMS_CODE;
        planted.set(planted.indexOf(sms), new ApiOperation(sms.operationId(), "PUT", sms.pathTemplate(), Set.of("smsCode")));
        planted.remove(Operations.PENDING_REQUESTS);
        planted.add(new ApiOperation("cancelRequest", "POST", "/requests/{request}/cancel", Set.of()));
        List<String> differences = OpenApiDocument.differences(planted, document.operations());
        assertEquals(4, differences.size(), differences.toString());
        assertTrue(differences.contains("confirmSmsCode: method PUT in the client, POST in the document"), differences.toString());
        assertTrue(differences.stream().anyMatch(d -> d.startsWith("confirmSmsCode: request fields")), differences.toString());
        assertTrue(differences.contains("cancelRequest: not in the document"), differences.toString());
        assertTrue(differences.contains("pendingRequests: in the document, never called by the client"), differences.toString());
    }

    @Test
    void answerBodies_haveTheDocumentsFields() {
        Map<String, Class<?>> answers = Map.of(
                "startEnrolment", Enrolment.class,
                "registerDevice", Bodies.Device.class,
                "pendingRequests", Bodies.PendingList.class,
                "viewRequest", RequestView.class,
                "answerRequest", Bodies.AnswerResult.class);
        for (ApiOperation operation : AppClient.operations()) {
            Class<?> answer = answers.get(operation.operationId());
            Set<String> expected = answer == null ? Set.of() : Operations.jsonFields(answer);
            assertEquals(expected, document.answerFields(operation), operation.operationId());
        }
        JsonNode pendingItem = document.schema("PendingList").path("properties").path("requests").path("items");
        assertEquals(Operations.jsonFields(PendingRequest.class), document.propertyNames(pendingItem));
        assertEquals(Operations.jsonFields(Bodies.ApiError.class), document.propertyNames(document.schema("Error")));
    }

    @Test
    void signedMessage_hasTheDocumentsFields() {
        assertEquals(Operations.jsonFields(SignedMessage.class), document.propertyNames(document.schema("SignedMessage")));
        assertEquals(Set.of("payload", "signature"), Operations.jsonFields(SignedMessage.class));
    }

    @Test
    void iconsAndPayloadTypes_matchTheDocumentsEnums() {
        List<String> icons = new ArrayList<>();
        document.schema("RequestView").path("properties").path("icons").path("items").path("enum").forEach(n -> icons.add(n.asText()));
        assertEquals(Icons.ALL, icons);
        Set<String> types = new HashSet<>();
        document.schema("SignedPayload").path("properties").path("typ").path("enum").forEach(n -> types.add(n.asText()));
        assertEquals(Set.of(AppDevice.TYP_PENDING, AppDevice.TYP_VIEW, AppDevice.TYP_ANSWER), types);
        Set<String> decisions = new HashSet<>();
        document.schema("SignedPayload").path("properties").path("decision").path("enum").forEach(n -> decisions.add(n.asText()));
        assertEquals(Set.of(AppDevice.APPROVE, AppDevice.DENY), decisions);
    }

    @Test
    void answerPayload_carriesEverySignedPayloadField() throws Exception {
        AppDevice device = new AppDevice(new AppHttp("http://127.0.0.1:9"), "public-services", "device-1", "Marie",
                DeviceKeys.generate(), AppCodeHash.of("13579", new SecureRandom()));
        JsonNode payload = new ObjectMapper().readTree(device.signAnswer("request-1", AppDevice.APPROVE, "sun").payloadBytes());
        Set<String> fields = new HashSet<>();
        payload.fieldNames().forEachRemaining(fields::add);
        assertEquals(document.propertyNames(document.schema("SignedPayload")), fields);
    }
}
