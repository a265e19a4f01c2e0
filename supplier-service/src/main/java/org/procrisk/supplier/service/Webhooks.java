package org.procrisk.supplier.service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.WebhookDeliveryDto;
import org.procrisk.supplier.api.WebhookDto;
import org.procrisk.supplier.api.WebhookInput;
import org.procrisk.supplier.domain.WebhookDelivery;
import org.procrisk.supplier.domain.WebhookSubscription;
import org.procrisk.supplier.mapping.WebhookMapper;
import org.procrisk.supplier.validation.FieldErrors;
import org.procrisk.supplier.validation.InputValidation;

/** Webhook subscriptions: made with a secret shown once, listed, disabled and enabled, their secret rotated. */
@ApplicationScoped
public class Webhooks {

    private final WebhookStore store;
    private final ReceiverUrls urls;
    private final InputValidation inputs;
    private final Duration rotationOverlap;
    private final SecureRandom random = new SecureRandom();

    public Webhooks(WebhookStore store, ReceiverUrls urls, InputValidation inputs,
                    @ConfigProperty(name = "supplier.webhooks.rotation-overlap", defaultValue = "24h") Duration rotationOverlap) {
        this.store = store;
        this.urls = urls;
        this.inputs = inputs;
        this.rotationOverlap = rotationOverlap;
    }

    public WebhookDto create(WebhookInput input) {
        FieldErrors errors = inputs.check(input);
        if (input != null && input.url() != null) {
            String refusal = urls.refusal(input.url());
            if (refusal != null) {
                errors.add("url", refusal);
            }
        }
        if (input != null && input.eventTypes() != null) {
            for (int i = 0; i < input.eventTypes().size(); i++) {
                if (input.eventTypes().get(i) != null && !OrderEvents.TYPES.contains(input.eventTypes().get(i))) {
                    errors.add("eventTypes[" + i + "]", "must be one of " + OrderEvents.TYPES);
                }
            }
        }
        errors.throwIfAny();
        Instant now = Instant.now();
        WebhookSubscription s = new WebhookSubscription(UUID.randomUUID().toString(), input.url(),
                List.copyOf(new java.util.LinkedHashSet<>(input.eventTypes())), input.description(), secret(), null, null, true,
                null, now, now);
        store.insert(s);
        return WebhookMapper.withSecret(s);
    }

    public List<WebhookDto> list() {
        return store.all().stream().map(WebhookMapper::toDto).toList();
    }

    public WebhookDto get(String id) {
        return WebhookMapper.toDto(find(id));
    }

    public WebhookDto setActive(String id, boolean active) {
        find(id);
        store.setActive(id, active, "disabled by an admin", Instant.now());
        return get(id);
    }

    /** A new secret; the previous one keeps signing beside it for the overlap, so receivers can switch. */
    public WebhookDto rotate(String id) {
        find(id);
        Instant now = Instant.now();
        store.rotate(id, secret(), now.plus(rotationOverlap), now);
        return WebhookMapper.withSecret(find(id));
    }

    public List<WebhookDeliveryDto> deliveries(String id, String status, int limit) {
        find(id);
        return store.deliveries(id, status, Long.MAX_VALUE, limit).stream().map(WebhookMapper::toDto).toList();
    }

    public void replay(String id, long deliveryId) {
        find(id);
        if (!store.replay(id, deliveryId, Instant.now())) {
            throw ProblemException.notFound("No delivery " + deliveryId + " of webhook " + id);
        }
    }

    private WebhookSubscription find(String id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("No webhook '" + id + "'"));
    }

    /** whsec_ and the base64 of 32 random bytes, as Standard Webhooks' libraries take it. */
    private String secret() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
