package org.lfpl.notification.webhooks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner clients manage their webhooks and read their delivery log (client-credentials tokens, role partner). */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('partner')")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record Registration(@NotNull @Size(max = 2000) String url, @NotEmpty @Size(max = 10) List<String> eventTypes) {}

    /** The secret is in this answer only; store it to verify signatures. */
    @PostMapping
    ResponseEntity<Webhook.View> register(Caller caller, @Valid @RequestBody Registration registration) {
        Webhook webhook = webhooks.register(caller.id(), registration.url(), registration.eventTypes());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + webhook.id())).body(webhook.viewWithSecret());
    }

    @GetMapping
    List<Webhook.View> mine(Caller caller) {
        return webhooks.of(caller.id()).stream().map(Webhook::view).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        webhooks.delete(caller.id(), id);
        return ResponseEntity.noContent().build();
    }

    /** A new secret, shown once; the old one stops signing at once. */
    @PostMapping("/{id}/secret")
    Webhook.View rotate(Caller caller, @PathVariable String id) {
        return webhooks.rotate(caller.id(), id).viewWithSecret();
    }

    @GetMapping("/{id}/deliveries")
    List<WebhookDelivery.View> deliveries(Caller caller, @PathVariable String id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-paging", "page is 0 or more; size is 1 to 200.");
        }
        return webhooks.deliveries(caller.id(), id, page, size).stream().map(WebhookDelivery::view).toList();
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    WebhookDelivery.View redeliver(Caller caller, @PathVariable String id, @PathVariable String deliveryId) {
        return webhooks.redeliver(caller.id(), id, deliveryId).view();
    }
}
