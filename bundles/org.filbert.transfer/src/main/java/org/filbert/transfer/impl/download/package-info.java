/**
 * Downloads: a file by its SHA-1 from several sources at once, by chunks, with its state on
 * disk so it resumes after a restart, verified before it is moved to the completed folder,
 * which the library shares, and its good sources put in the mesh; firewalled sources reached
 * by push (proxies first) and their {@code GIV} connections.
 */
package org.filbert.transfer.impl.download;
