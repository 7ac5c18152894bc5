/**
 * Implementation helpers shared by the codec packages: bounds-checked byte readers and writers,
 * the capped zlib inflater, base32 and argument checks. Not part of the bundle's exported API.
 */
package org.filbert.wire.internal;
