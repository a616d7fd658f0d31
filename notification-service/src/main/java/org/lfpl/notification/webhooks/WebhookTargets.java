package org.lfpl.notification.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Where partners' webhooks may point. In production configuration: https only, and never at a
 * loopback, private, link-local (cloud metadata), unique-local, multicast or unspecified address, so a
 * webhook cannot reach into our own network. Checked when registered and again before every
 * delivery (a name may resolve elsewhere later). Local development allows http and private targets.
 */
@Component
class WebhookTargets {

    private final boolean allowHttp;
    private final boolean allowPrivate;

    WebhookTargets(@Value("${lfpl.webhooks.allow-http:false}") boolean allowHttp,
            @Value("${lfpl.webhooks.allow-private-targets:false}") boolean allowPrivate) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
    }

    URI check(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw refused("is required, at most 2000 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw refused(allowHttp ? "must start with https:// or http://" : "must start with https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused("must name a host, without credentials or fragment");
        }
        if (!allowPrivate) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (isInternal(address)) {
                        throw refused("must not point at a private, loopback or link-local address");
                    }
                }
            } catch (UnknownHostException e) {
                throw refused("names a host that cannot be resolved");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        boolean uniqueLocal = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal
                || (address.getAddress().length == 4 && (address.getAddress()[0] & 0xff) == 100
                        && (address.getAddress()[1] & 0xc0) == 64); // 100.64.0.0/10, carrier-grade NAT
    }

    private static ErrorResponseException refused(String message) {
        return Problems.invalid("url", message);
    }
}
