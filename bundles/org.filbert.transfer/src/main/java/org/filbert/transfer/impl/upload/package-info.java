/**
 * HTTP uploads on the shared port: {@link org.filbert.transfer.impl.upload.UploadComponent} serves
 * {@code /uri-res/N2R?urn:sha1:} and {@code /get/INDEX/NAME} (GET and HEAD, one byte range per
 * request, keep-alive, zero-copy bodies), holds the upload slots and LimeWire's {@code X-Queue}
 * queue, reads and writes the mesh's {@code X-Alt}, and hands push-proxy requests to the
 * {@link org.filbert.transfer.impl.PushProxyEndpoint}.
 */
package org.filbert.transfer.impl.upload;
