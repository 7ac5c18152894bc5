package org.filbert.transfer.impl.upload;

import java.util.List;

import org.filbert.api.node.NodeInfo;
import org.filbert.api.transfer.AlternateLocations;
import org.filbert.library.api.Library;
import org.filbert.transfer.api.UploadInfo;
import org.filbert.transfer.api.Uploads;
import org.filbert.transfer.impl.HttpEndpoint;
import org.filbert.transfer.impl.PushProxyEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * The upload server as services: {@link HttpEndpoint} for the HTTP connections the transport
 * hands over (and those we open after a GIV), {@link Uploads} for user interfaces. Forwards
 * push-proxy requests to the {@link PushProxyEndpoint} while one runs. Deactivation closes
 * every upload connection. Thread-safe.
 */
@Component(immediate = true, service = {Uploads.class, HttpEndpoint.class}, configurationPid = "org.filbert.transfer.upload",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = UploadConfig.class)
public final class UploadComponent implements Uploads, HttpEndpoint {

    private final UploadServer server;
    private final ChannelGroup connections = new DefaultChannelGroup("uploads", GlobalEventExecutor.INSTANCE);
    private volatile PushProxyEndpoint pushProxy;

    @Activate
    public UploadComponent(UploadConfig config, @Reference Library library, @Reference AlternateLocations mesh,
            @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.server = new UploadServer(config, library, mesh, "Filbert/" + node.version(), () -> pushProxy, log);
    }

    /** A push-proxy endpoint appeared (this node proxies for its leaves). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPushProxy(PushProxyEndpoint endpoint) {
        pushProxy = endpoint;
    }

    void unbindPushProxy(PushProxyEndpoint endpoint) {
        if (pushProxy == endpoint) {
            pushProxy = null;
        }
    }

    @Override
    public void serve(Channel channel) {
        connections.add(channel);
        server.serve(channel);
    }

    @Override
    public List<UploadInfo> list() {
        return server.slots().list();
    }

    @Deactivate
    public void deactivate() {
        connections.close().awaitUninterruptibly();
    }
}
