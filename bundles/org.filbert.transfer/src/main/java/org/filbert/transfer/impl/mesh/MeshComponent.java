package org.filbert.transfer.impl.mesh;

import java.net.InetSocketAddress;
import java.util.List;

import org.filbert.api.transfer.AlternateLocations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The download mesh as a service: uploads learn locations from downloaders' {@code X-Alt}
 * and advertise them, downloads learn them from sources and drop bad ones, the library puts
 * them in hits. In memory: a restart forgets it. Thread-safe.
 */
@Component(immediate = true, service = AlternateLocations.class, configurationPid = "org.filbert.transfer.mesh",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MeshConfig.class)
public final class MeshComponent implements AlternateLocations {

    private final Mesh mesh;

    @Activate
    public MeshComponent(MeshConfig config) {
        this.mesh = new Mesh(config.maxFiles(), config.maxPerFile());
    }

    @Override
    public List<InetSocketAddress> of(String sha1, int max) {
        return mesh.of(sha1, max);
    }

    @Override
    public void add(String sha1, InetSocketAddress host) {
        mesh.add(sha1, host);
    }

    @Override
    public void remove(String sha1, InetSocketAddress host) {
        mesh.remove(sha1, host);
    }
}
