/**
 * Query Routing Protocol support: the keyword hash, route tables, building PATCH sequences from a
 * table diff and applying received RESET/PATCH sequences with capped inflation. The RESET and PATCH
 * message records themselves are {@link org.filbert.wire.QrpReset} and {@link org.filbert.wire.QrpPatch}.
 */
@Export
@Version("1.0.0")
package org.filbert.wire.qrp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
