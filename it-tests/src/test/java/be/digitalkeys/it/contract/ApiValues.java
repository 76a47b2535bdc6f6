package be.digitalkeys.it.contract;

import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

/**
 * What one API's generated requests draw on beyond the document: values that exist on the
 * server (ids of the lab), semantically valid values (check digits), the callers' tokens, and
 * what answers tell about new things (harvested into the pools).
 */
interface ApiValues {

    /** A valid value for a parameter or body field, or null to let the schema decide; {@code siblings}: the body so far. */
    Object valid(ContractDocument.Op op, String name, Schema<?> schema, Map<String, Object> siblings, Random random);

    /** A bearer token for a request that follows the document (may be a caller the rules refuse), or null for none. */
    String token(ContractDocument.Op op, Random random);

    /** The token of a caller allowed to call the operation (for requests that break the document elsewhere). */
    String authorisedToken(ContractDocument.Op op);

    /** Learns ids from an answer. */
    void harvest(ContractDocument.Op op, int status, JsonNode body);

    /** The status a request with this mutation must get, or 0 when any 4xx is right. */
    int expectedStatus(ContractDocument.Op op, Mutation mutation);

    /** Whether the API takes a bearer token at all. */
    boolean authenticated();
}
