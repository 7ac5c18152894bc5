/** The routing core's private implementation: route tables, counters, the core and its component. */
package org.filbert.routing.impl;
