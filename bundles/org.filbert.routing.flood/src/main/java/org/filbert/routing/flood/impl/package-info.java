/** The 'flood' routing strategy's private implementation. */
package org.filbert.routing.flood.impl;
