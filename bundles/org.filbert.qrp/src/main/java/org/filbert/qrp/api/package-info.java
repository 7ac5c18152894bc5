/**
 * Query routing: the one keyword canonicalisation shared by the library and QRP
 * ({@link org.filbert.qrp.api.Keywords}), the names a node shares for its table
 * ({@link org.filbert.qrp.api.SharedNames}), and which peers a query may match by their
 * tables ({@link org.filbert.qrp.api.QueryRoutes}).
 */
@Export
@Version("1.0.0")
package org.filbert.qrp.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
