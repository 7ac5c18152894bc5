/**
 * The contracts of message routing: a {@link org.filbert.routing.api.Peer} is a connection
 * the transport holds; the {@link org.filbert.routing.api.Router} is the routing core the
 * transport hands every message to; a {@link org.filbert.routing.api.RoutingStrategy}
 * decides where a query goes. Strategies are stateless over what the core owns, so one can
 * be swapped, updated or stopped while the node runs without losing a route.
 */
@Export
@Version("1.3.0")
package org.filbert.routing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
