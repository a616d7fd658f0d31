package org.lfpl.registration;

import org.lfpl.testsupport.PlatformServiceConventions;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class RegistrationServiceConventionsTest extends PlatformServiceConventions {

    @Override
    protected String apiPath() {
        return "/api/v1/members";
    }

    @org.junit.jupiter.api.Test
    void the_openapi_description_lists_every_registration_operation() {
        var paths = new org.lfpl.testsupport.Http("http://127.0.0.1:" + port()).get("/v3/api-docs").send().json().path("paths");
        org.assertj.core.api.Assertions.assertThat(paths.propertyNames()).contains(
                "/api/v1/members/me", "/api/v1/members/me/export", "/api/v1/symposia", "/api/v1/symposia/{id}/publish",
                "/api/v1/symposia/{symposiumId}/registrations", "/api/v1/registrations/{id}/accept",
                "/api/v1/symposia/{symposiumId}/directory", "/api/v1/symposia/{symposiumId}/figures");
    }
}
