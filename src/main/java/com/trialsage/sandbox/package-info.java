/**
 * Runs an untrusted program (the validator engine, or another engine honouring its contract) as a
 * child process that can do little harm: an unprivileged user ({@code setpriv}), its own network,
 * PID and IPC namespaces with read-only system folders and only its run folder writable ({@code
 * bwrap}), resource limits ({@code prlimit}), and a timeout that kills its whole process tree.
 * Plain Java: no Jakarta EE, so it can be tested without a container.
 */
package com.trialsage.sandbox;
