package org.lfpl.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;

/** The services' firewall still refuses what Spring Security's strict firewall refuses in header values. */
class FirewallTest {

    private final HttpFirewall firewall = new ResourceServerConfiguration().httpFirewall();

    @Test
    void a_header_value_with_a_control_character_is_refused_and_an_ordinary_bearer_token_passes() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/symposia");
        request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        request.addHeader("X-Note", "line\r\nSet-Cookie: stolen");
        request.addHeader("X-Name", "Zoë\tvan Dijk");

        var firewalled = firewall.getFirewalledRequest(request);

        assertThat(firewalled.getHeader("Authorization")).isEqualTo("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        assertThat(firewalled.getHeader("X-Name")).as("letters beyond ASCII and a tab").isEqualTo("Zoë\tvan Dijk");
        assertThatThrownBy(() -> firewalled.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> firewalled.getHeaders("X-Note").nextElement())
                .isInstanceOf(RequestRejectedException.class);
    }
}
