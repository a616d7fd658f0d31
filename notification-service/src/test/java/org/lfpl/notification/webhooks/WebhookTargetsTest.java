package org.lfpl.notification.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

/** In production configuration a webhook can only point at a public https address. */
class WebhookTargetsTest {

    final WebhookTargets production = new WebhookTargets(false, false);

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "ftp://93.184.215.14/hook", "https://127.0.0.1/hook",
            "https://localhost/hook", "https://10.1.2.3/hook", "https://172.16.0.9/hook", "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://[fd00::1]/hook",
            "https://[fe80::1]/hook", "https://0.0.0.0/hook", "https://100.64.0.1/hook", "https://224.0.0.1/hook",
            "https://user:pass@93.184.215.14/hook", "https://no-such-host.invalid/hook", "not a url", ""})
    void private_plain_http_and_malformed_targets_are_refused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hooks/lfpl", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook"})
    void a_public_https_address_is_accepted(String url) {
        assertThat(production.check(url).getScheme()).isEqualTo("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9999/hook", "http://localhost/hook"})
    void local_development_may_use_http_and_local_receivers(String url) {
        assertThat(new WebhookTargets(true, true).check(url)).isNotNull();
    }
}
