package org.filbert.routing.api;

import org.filbert.wire.Push;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the pushes addressed to this node (its servent GUID): a downloader asking us, as a
 * firewalled source, to connect to it. The transfer bundle registers one. Called on a
 * connection's event loop: return quickly. Thread-safe.
 */
@ConsumerType
public interface PushListener {

    void push(Push push, Peer from);
}
