package tr.gov.acikkapi.console.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenApiDocumentTest {

    @Test
    void eachPathGoesUnderTheApplicationThatServesIt() {
        assertEquals("/open311/v2/services.json", OpenApiDocument.servedAt("/api/v2/services.json", true));
        assertEquals("/open311/v2/requests/{service_request_id}.json",
                OpenApiDocument.servedAt("/open311/v2/requests/{service_request_id}.json", true));
        assertEquals("/api/v1/applications", OpenApiDocument.servedAt("/open311/v1/applications", false));
        assertEquals("/api/v1/catalogue", OpenApiDocument.servedAt("/api/v1/catalogue", false));
        assertEquals("/api/apiary", OpenApiDocument.servedAt("/apiary", false), "only whole prefixes are taken off");
    }
}
