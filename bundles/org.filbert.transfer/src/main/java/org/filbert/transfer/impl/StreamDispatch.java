package org.filbert.transfer.impl;

import org.filbert.transport.api.StreamAcceptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.netty.channel.Channel;

/**
 * Takes the HTTP and GIV connections the transport recognises on the shared port and hands
 * them to the uploads and the downloads; a connection for a side that is not running gets
 * no handler, so the transport closes it. Thread-safe.
 */
@Component(immediate = true, service = StreamAcceptor.class)
public final class StreamDispatch implements StreamAcceptor {

    private volatile HttpEndpoint http;
    private volatile GivEndpoint giv;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindHttp(HttpEndpoint endpoint) {
        http = endpoint;
    }

    void unbindHttp(HttpEndpoint endpoint) {
        if (http == endpoint) {
            http = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindGiv(GivEndpoint endpoint) {
        giv = endpoint;
    }

    void unbindGiv(GivEndpoint endpoint) {
        if (giv == endpoint) {
            giv = null;
        }
    }

    @Override
    public void accept(Channel channel, Kind kind) {
        if (kind == Kind.HTTP) {
            HttpEndpoint endpoint = http;
            if (endpoint != null) {
                endpoint.serve(channel);
            }
        } else {
            GivEndpoint endpoint = giv;
            if (endpoint != null) {
                endpoint.accept(channel);
            }
        }
    }
}
