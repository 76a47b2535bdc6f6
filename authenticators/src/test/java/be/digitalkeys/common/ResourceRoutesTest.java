package be.digitalkeys.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ResourceRoutesTest {

    private final ResourceRoutes routes = ResourceRoutes.builder()
            .route("api/me", "GET")
            .route("api/organisations/{orgId}/people/{userId}/rights/copy", "POST")
            .route("api/organisations/{orgId}/people/{userId}/rights/{grantId}", "DELETE")
            .route("api/organisations/{orgId}/people", "GET", "POST")
            .build();

    @Test
    void templatesMatchOneSegmentPerVariable_firstRouteWins() {
        assertEquals(Optional.of(Set.of("GET")), routes.allowed("api/me"));
        assertEquals(Optional.of(Set.of("GET")), routes.allowed("/api/me"));
        assertEquals(Optional.of(Set.of("GET", "POST")), routes.allowed("api/organisations/o-1/people"));
        assertEquals(Optional.of(Set.of("POST")), routes.allowed("api/organisations/o/people/u/rights/copy"));
        assertEquals(Optional.of(Set.of("DELETE")), routes.allowed("api/organisations/o/people/u/rights/g"));
        assertEquals(Optional.empty(), routes.allowed("api/organisations/o/x/people"));
        assertEquals(Optional.empty(), routes.allowed("api/me/too"));
        assertEquals(Optional.empty(), routes.allowed("api/organisations/a(b)*/people/extra"));
    }

    @Test
    void literalPartsAreNotPatterns() {
        ResourceRoutes dotted = ResourceRoutes.builder().route("openapi.yaml", "GET").build();
        assertEquals(Optional.empty(), dotted.allowed("openapiXyaml"));
        assertEquals(Optional.of(Set.of("GET")), dotted.allowed("openapi.yaml"));
    }

    @Test
    void allowHeader_addsHeadToGet() {
        assertEquals("GET, HEAD", ResourceRoutes.allowHeader(routes.allowed("api/me").orElseThrow()));
        assertEquals("DELETE", ResourceRoutes.allowHeader(Set.of("DELETE")));
    }
}
