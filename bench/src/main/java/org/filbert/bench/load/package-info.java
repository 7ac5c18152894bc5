/**
 * The ultrapeer load tool: starts the packaged node as an ultrapeer in its own process, holds
 * leaf and ultrapeer connections to it over loopback, routes queries through it, and reports
 * the node's CPU time per routed query and memory per connection.
 */
package org.filbert.bench.load;
