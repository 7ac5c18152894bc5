/**
 * Answering pushes: a downloader that cannot reach us asks us (through the network or a push
 * proxy) to connect to it; we do, say {@code GIV}, and serve its HTTP requests there.
 */
package org.filbert.transfer.impl.push;
