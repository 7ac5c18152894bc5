/**
 * The transfer bundle's components: {@link org.filbert.transfer.impl.StreamDispatch} takes
 * the shared port's HTTP and GIV connections from the transport and hands them to the
 * uploads ({@link org.filbert.transfer.impl.HttpEndpoint}) and downloads
 * ({@link org.filbert.transfer.impl.GivEndpoint}); the mesh of alternate locations is
 * {@code impl.mesh}. Uploads live in {@code impl.upload},
 * downloads (and the pushes we send) in {@code impl.download}, answering the pushes we receive
 * in {@code impl.push}, push proxies both ways in {@code impl.proxy}.
 */
package org.filbert.transfer.impl;
