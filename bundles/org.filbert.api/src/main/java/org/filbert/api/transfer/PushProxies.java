package org.filbert.api.transfer;

import java.net.InetSocketAddress;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * This node's push proxies: the ultrapeers that acknowledged our push-proxy request
 * (LIME/21 → LIME/22) while we are a firewalled leaf, advertised in our hits (GGEP
 * {@code PUSH}). Provided by the transfer bundle; thread-safe.
 */
@ProviderType
public interface PushProxies {

    /** The current proxies (at most four), empty when we have none or need none. */
    List<InetSocketAddress> current();
}
