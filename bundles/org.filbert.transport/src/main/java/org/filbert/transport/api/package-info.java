/**
 * What other bundles may plug into the transport: a {@link org.filbert.transport.api.StreamAcceptor}
 * takes the shared port's HTTP and GIV connections.
 */
@Export
@Version("1.0.0")
package org.filbert.transport.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
