package be.digitalkeys.appclient;

import java.util.Set;

/**
 * One operation of the app API as {@link AppClient} calls it: its OpenAPI operationId, HTTP
 * method, path under {@code /realms/{realm}/dk-app} and the JSON field names of its request
 * body; {@code AppClientContractTest} compares these with the OpenAPI document.
 */
public record ApiOperation(String operationId, String method, String pathTemplate, Set<String> requestFields) {

    public ApiOperation {
        requestFields = Set.copyOf(requestFields);
    }
}
