/**
 * Typed vendor-message payloads and the registry, keyed by (vendor, selector, version), that turns a
 * {@link org.filbert.wire.VendorMessage} body into one: Messages-Supported, Capabilities /
 * Features-Supported, BEAR/4, BEAR/7, BEAR/11, BEAR/12, LIME/7, LIME/11, LIME/12, LIME/13, LIME/21, LIME/22
 * and GTKG/7. Unknown keys stay opaque and re-encode byte for byte.
 */
@Export
@Version("1.1.0")
package org.filbert.wire.vendor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
