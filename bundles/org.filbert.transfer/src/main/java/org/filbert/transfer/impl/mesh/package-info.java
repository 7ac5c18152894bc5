/** The download mesh: alternate locations by SHA-1, and the {@code X-Alt} header. */
package org.filbert.transfer.impl.mesh;
