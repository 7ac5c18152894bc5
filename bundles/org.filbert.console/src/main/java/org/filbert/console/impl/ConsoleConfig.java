package org.filbert.console.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the node console (PID {@code org.filbert.console}). */
@ObjectClassDefinition(name = "Filbert console", description = "The shell console on 127.0.0.1 used by ./filbert exec and ./filbert shell.")
public @interface ConsoleConfig {

    @AttributeDefinition(name = "Port", description = "TCP port on 127.0.0.1; 0 picks a free one. Clients find it in DATA/console.port.", min = "0", max = "65535")
    int port() default 0;

    @AttributeDefinition(name = "Sessions", description = "Most clients connected at once; more are refused.", min = "1", max = "64")
    int maxSessions() default 8;

    @AttributeDefinition(name = "Output limit", description = "Most bytes of output one command may return; the rest is cut with a note.", min = "1024")
    int maxOutputBytes() default 4 * 1024 * 1024;

    @AttributeDefinition(name = "Command limit", description = "Longest command accepted, in bytes.", min = "64")
    int maxCommandBytes() default 64 * 1024;

    @AttributeDefinition(name = "Token timeout", description = "Milliseconds a new client has to send its token.", min = "100")
    int tokenTimeoutMillis() default 5_000;
}
